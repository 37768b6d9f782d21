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
logistics-economy = Эконом
logistics-standard = Стандартный экспресс
logistics-commercial = Коммерческий экспресс
logistics-overseas-warehouse = Зарубежный склад
price-approximate = Примерная цена, пересчитано из { $amount }

# Search
search-label = Поиск
search-placeholder = Поиск товаров