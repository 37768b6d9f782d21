# The product page's words: fetched with its code, the first time a product page opens.

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
product-specifications = Характеристики
product-description = Описание
shop-ships-from = Отправка из страны: { $country }
shop-return-policy = Возврат и обмен
product-charged-in = Оплата списывается в { $currency }: { $amount }
product-converted-at = Суммы в других валютах примерные, по справочному курсу на { $date }.
