# Магазин: каталог и страница товара.

home-title = Магазин Caravan
home-popular = Популярное сейчас
categories-label = Категории
categories-all = Все
catalogue-empty = Здесь пока ничего нет. Загляните в другую категорию.
catalogue-show-more = Показать ещё
price-was = Было
listing-free-shipping = Бесплатная доставка
listing-new = Новинка
listing-rating = Оценка { $rating } из 5
listing-orders =
    { $count ->
        [one] { $count } заказ
        [few] { $count } заказа
        [many] { $count } заказов
       *[other] { $count } заказа
    }
breadcrumbs-label = Категория
gallery-label = Фотографии товара
gallery-show-image = Показать фото { $number }
product-combination-unavailable = Такого варианта нет в наличии
product-in-stock =
    { $count ->
        [one] В наличии: { $count } шт.
        [few] В наличии: { $count } шт.
        [many] В наличии: { $count } шт.
       *[other] В наличии: { $count } шт.
    }
product-out-of-stock = Нет в наличии
product-shipping = Доставка
product-delivery-days =
    { $max ->
        [one] { $min }–{ $max } день
        [few] { $min }–{ $max } дня
        [many] { $min }–{ $max } дней
       *[other] { $min }–{ $max } дня
    }
product-specifications = Характеристики
product-description = Описание
logistics-economy = Эконом
logistics-standard = Стандартный экспресс
logistics-commercial = Коммерческий экспресс
logistics-overseas-warehouse = Зарубежный склад
shop-ships-from = Отправка из страны: { $country }
shop-return-policy = Возврат и обмен
price-approximate = Примерная цена, пересчитано из { $amount }
product-charged-in = Оплата списывается в { $currency }: { $amount }
product-converted-at = Суммы в других валютах примерные, по справочному курсу на { $date }.

# Search
search-label = Поиск
search-placeholder = Поиск товаров