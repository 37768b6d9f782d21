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

# Gallery: swipe track, steps and position
gallery-track-label = Фотографии: листайте или используйте стрелки на клавиатуре
gallery-thumbs-label = Выберите фото
gallery-previous = Предыдущее фото
gallery-next = Следующее фото
gallery-position = { $number } / { $count }
gallery-position-spoken = Фото { $number } из { $count }
gallery-picture-alt = { $title }, фото { $number } из { $count }

# Ratings and reviews
reviews-title = Оценки и отзывы
reviews-loading = Загружаем отзывы…
reviews-empty = Отзывов пока нет. Покупатели могут оценить товар после завершения заказа.
reviews-count =
    { $count ->
        [one] { $count } оценка
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    }
reviews-positive = Положительных отзывов: { $percent }
reviews-distribution = Оценки по числу звёзд
reviews-stars-row =
    { $stars ->
        [one] { $stars } звезда
        [few] { $stars } звезды
        [many] { $stars } звёзд
       *[other] { $stars } звезды
    }
reviews-item-stars =
    { $count ->
        [one] Оценка: { $count } звезда из 5
        [few] Оценка: { $count } звезды из 5
        [many] Оценка: { $count } звёзд из 5
       *[other] Оценка: { $count } звезды из 5
    }
reviews-variant = Вариант: { $variant }
reviews-more = Ещё отзывы
reviews-more-failed = Не удалось загрузить следующие отзывы. Попробуйте ещё раз.
