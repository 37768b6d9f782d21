# Решения правил: одно сообщение на ключ, со всеми его аргументами.

rule-reg-1-missing-field = Это обязательное поле.
rule-reg-1-country-invalid = Из страны «{ $country }» мы пока не регистрируем продавцов.
rule-reg-1-licence-number-invalid = Номер лицензии слишком короткий. Минимум символов: { $min }.
rule-reg-2-email-invalid = Введите действительный адрес электронной почты.
rule-reg-2-password-too-short = Пароль слишком короткий. Минимум символов: { $min }.
rule-reg-2-password-is-email = Пароль не должен совпадать с адресом электронной почты.
rule-reg-3-missing-contact = Укажите контактное лицо.
rule-reg-3-email-unverified = Сначала подтвердите рабочий адрес электронной почты.
rule-reg-3-phone-invalid = Введите действительный номер телефона с кодом страны.
rule-reg-4-unknown-main-category = Категории «{ $category }» у нас нет.
rule-reg-4-no-sales-region = Выберите хотя бы один регион продаж.
rule-reg-4-region-closed = Регистрация новых продавцов в регионе «{ $region }» сейчас закрыта.
rule-shop-1-not-approved = Магазин ещё не одобрен (статус: { $status }).
rule-shop-2-name-length = Длина названия магазина — { $length }. Допустимо от { $min } до { $max } символов.
rule-shop-2-sensitive-word = Название магазина содержит недопустимое слово «{ $term }» ({ $group }).
rule-shop-2-trademark = Название магазина содержит «{ $term }» — товарный знак { $brand }.
rule-shop-2-name-taken = Это название магазина уже занято.
rule-shop-3-qualification-missing = Чтобы продавать в категории «{ $category }», загрузите документ: { $qualification }.
rule-shop-4-brand-not-authorised = У магазина нет права продавать товары бренда { $brand }.
rule-lst-1-missing-field = Это обязательное поле.
rule-lst-1-missing-attribute = Заполните характеристику «{ $attribute }».
rule-lst-2-prohibited-term = «{ $term }» запрещено продавать на Caravan ({ $list }).
rule-lst-2-prohibited-category = Товары категории «{ $category }» запрещено продавать на Caravan.
rule-lst-3-licence-required = Для товаров с упоминанием «{ $term }» нужна лицензия: { $licence }.
rule-lst-3-category-licence-required = Для продажи в категории «{ $category }» нужна лицензия: { $licence }.
rule-lst-4-trademark = «{ $term }» — товарный знак { $brand }. Уберите его или подтвердите право на использование.
rule-lst-4-character = «{ $term }» — персонаж, права на которого принадлежат { $brand }. Уберите его или подтвердите право на использование.
rule-lst-5-title-too-long = Длина названия — { $length } симв., максимум — { $max }.
rule-lst-5-title-too-short = Длина названия — { $length } симв., минимум — { $min }.
rule-lst-5-keyword-stuffing = Слово «{ $word }» встречается в названии слишком часто: { $count }, максимум — { $max }.
rule-lst-5-all-caps = Не пишите название заглавными буквами.
rule-lst-5-contact-in-title = Уберите из названия контактные данные ({ $kind }).
rule-lst-5-promo-in-title = Уберите из названия рекламную фразу «{ $term }».
rule-lst-6-category-mismatch = Возможно, этот товар относится к категории «{ $suggested }».
rule-lst-6-unknown-category = Выберите категорию из списка.
rule-lst-7-too-many-images = Добавлено фотографий: { $count }, максимум — { $max }.
rule-lst-7-image-too-small = Размер фото { $width } × { $height } пикс. — слишком маленькое.
rule-lst-7-image-aspect = Размер фото { $width } × { $height } пикс. Используйте квадратное фото.
rule-lst-7-image-too-large = Размер файла фото — { $bytes } байт, максимум — { $max }.
rule-lst-7-image-type = Фото в формате { $mime } не принимаются. Используйте JPEG, PNG или WebP.
rule-lst-7-more-images-recommended = Фотографий в объявлении: { $count }. Рекомендуем не меньше { $recommended }.
rule-lst-8-price-out-of-range = Цена должна быть от { $min } до { $max } { $currency }.
rule-lst-8-discount-not-below-price = Цена со скидкой должна быть ниже обычной цены.
rule-lst-8-discount-not-positive = Цена со скидкой должна быть больше нуля.
rule-lst-8-price-unusual = Цена сильно отличается от обычной для этой категории ({ $median } { $currency }). Проверьте её.
rule-lst-9-template-required = Выберите шаблон доставки.
rule-lst-9-template-empty = В шаблоне доставки нет ни одного способа.
rule-lst-9-delivery-days-unrealistic = Срок { $min }–{ $max } дн. необычен для доставки «{ $class }». Проверьте срок.
rule-lst-10-sell-as-bundle = Доставка ({ $shipping }) дороже самого товара ({ $price }). Попробуйте продавать его набором.
rule-lst-11-stock-out-of-range = Остаток должен быть от { $min } до { $max }.
rule-lst-11-no-stock = Укажите остаток хотя бы для одного варианта.
rule-lst-12-margin-low = Наценка { $margin } % — ниже обычного минимума { $min } %.
rule-lst-12-margin-high = Наценка { $margin } % — выше обычного максимума { $max } %.
rule-lst-13-too-many-properties = Свойств вариантов: { $count }, максимум — { $max }.
rule-lst-13-options-mismatch = У этого варианта значений: { $count }, а нужно: { $expected }.
rule-lst-13-empty-option = Значения не должны быть пустыми.
rule-lst-13-unknown-option = «{ $value }» — недопустимое значение свойства «{ $property }».
rule-lst-13-duplicate-combination = Такое сочетание значений уже есть у варианта { $first }.
rule-lst-13-sku-code-invalid = Артикул может содержать до { $max } латинских букв, цифр, дефисов или подчёркиваний.
rule-lst-13-duplicate-sku-code = Такой артикул уже есть у варианта { $first }.
rule-lst-13-single-sku-expected = У товара без свойств вариантов должен быть ровно один артикул, а не { $count }.
rule-lst-13-sku-image-missing = Для варианта { $index } нужно фото.
rule-lst-14-weight-out-of-range = Вес должен быть от { $min } до { $max } г.
rule-lst-14-package-side-out-of-range = Каждая сторона упаковки должна быть от { $min } до { $max } см.
rule-lst-14-handling-out-of-range = Срок комплектации должен быть от { $min } до { $max } дн.
rule-lst-14-handling-overseas = Товары с зарубежного склада нужно отправлять не позже чем через { $max } дн.
rule-lst-15-markup-removed = Из описания убрано неподдерживаемое форматирование ({ $item }).
rule-lst-15-external-link = Ссылки на другие сайты запрещены ({ $host }).
rule-lst-15-contact-details = Уберите из описания контактные данные ({ $kind }).
rule-lst-15-description-too-long = Длина описания — { $length } симв., максимум — { $max }.
rule-lst-16-near-duplicate = Это объявление похоже на ваше объявление «{ $title }» (сходство { $similarity } %).
rule-lst-16-too-many-copies = Почти одинаковых объявлений: { $count }, максимум — { $max }.
rule-prm-1-not-approved = Магазин пока не может участвовать в акциях (статус: { $status }).
rule-prm-2-left-promotion =
    { $ban_months ->
        [one] Вы вышли из идущей акции. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Вы вышли из идущей акции. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Вы вышли из идущей акции. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Вы вышли из идущей акции. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-2-promo-stock-lowered =
    { $ban_months ->
        [one] Акционный остаток снижен с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Акционный остаток снижен с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Акционный остаток снижен с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Акционный остаток снижен с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-2-discount-reduced =
    { $ban_months ->
        [one] Скидка уменьшена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Скидка уменьшена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Скидка уменьшена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Скидка уменьшена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-2-price-raised =
    { $ban_months ->
        [one] Во время акции цена повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Во время акции цена повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Во время акции цена повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Во время акции цена повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-2-shipping-raised =
    { $ban_months ->
        [one] Во время акции доставка подорожала с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Во время акции доставка подорожала с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Во время акции доставка подорожала с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Во время акции доставка подорожала с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-2-description-edited =
    { $ban_months ->
        [one] Описание нельзя менять во время акции. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Описание нельзя менять во время акции. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Описание нельзя менять во время акции. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Описание нельзя менять во время акции. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-3-infringing-goods =
    { $ban_months ->
        [one] «{ $term }» указывает на товар, нарушающий чужие права. Магазин отстранён от акций на { $ban_months } месяц.
        [few] «{ $term }» указывает на товар, нарушающий чужие права. Магазин отстранён от акций на { $ban_months } месяца.
        [many] «{ $term }» указывает на товар, нарушающий чужие права. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] «{ $term }» указывает на товар, нарушающий чужие права. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-4-order-price-raised =
    { $ban_months ->
        [one] Цена акционного заказа повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Цена акционного заказа повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Цена акционного заказа повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Цена акционного заказа повышена с { $before } до { $after }. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-5-forced-bundling =
    { $ban_months ->
        [one] Нельзя заставлять покупателей покупать ещё и «{ $term }». Магазин отстранён от акций на { $ban_months } месяц.
        [few] Нельзя заставлять покупателей покупать ещё и «{ $term }». Магазин отстранён от акций на { $ban_months } месяца.
        [many] Нельзя заставлять покупателей покупать ещё и «{ $term }». Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Нельзя заставлять покупателей покупать ещё и «{ $term }». Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-6-improper-gain =
    { $ban_months ->
        [one] Акции использовались для получения необоснованной выгоды. Магазин отстранён от акций на { $ban_months } месяц.
        [few] Акции использовались для получения необоснованной выгоды. Магазин отстранён от акций на { $ban_months } месяца.
        [many] Акции использовались для получения необоснованной выгоды. Магазин отстранён от акций на { $ban_months } месяцев.
       *[other] Акции использовались для получения необоснованной выгоды. Магазин отстранён от акций на { $ban_months } месяца.
    }
rule-prm-7-too-many-sessions = На { $day } у вас флеш-распродаж: { $count }, максимум — { $max } в день.
rule-prm-7-too-many-items = Товаров во флеш-распродаже: { $count }, максимум — { $max }.
rule-prm-7-session-length =
    { $hours ->
        [one] Флеш-распродажа длится ровно { $hours } час.
        [few] Флеш-распродажа длится ровно { $hours } часа.
        [many] Флеш-распродажа длится ровно { $hours } часов.
       *[other] Флеш-распродажа длится ровно { $hours } часа.
    }
rule-prm-7-sessions-overlap = Эта распродажа пересекается с распродажей { $other }.
rule-ord-1-total-mismatch = Сумма заказа — { $expected }, а не { $submitted }. Обновите корзину.
rule-ord-2-receipt-timeout = Если покупатель не подтвердит получение, оплата будет переведена { $released_at }.
rule-ord-3-not-shipped-in-time = Заказ не отправлен до { $deadline }.
rule-ord-3-tracking-missing = Чтобы отправить заказ, укажите трек-номер.
rule-ord-4-rate-mismatch = Курс { $base } к { $quote } изменился. Проверьте новую сумму.
rule-ord-5-return-policy-missing = Прежде чем продавать, добавьте условия возврата.
rule-ord-6-payment-detail-exposed = Уберите из сообщения данные карты или банковские реквизиты.
rule-dsp-1-order-not-paid = Спор можно открыть только по оплаченному заказу.
rule-dsp-1-evidence-required = Добавьте фото или документы, на которых видна проблема.
rule-dsp-1-refund-out-of-range = Сумма возврата должна быть больше нуля и не больше { $max }.
rule-dsp-2-response-overdue = Продавец не ответил до { $deadline }.
rule-dsp-3-arbitration-overdue = Caravan не вынес решение до { $deadline }.
rule-pen-3-appeal-too-late = Срок обжалования истёк { $deadline }.
rule-pen-3-not-appealable = Это взыскание нельзя обжаловать.
rule-pen-4-statement-incomplete = Заполните все части заявления.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
rule-srv-1-bad-reviews-high = Плохие отзывы: { $rate } на тысячу заказов, выше предела { $max }.
rule-srv-2-described-high = «Соответствие описанию» плохо оценено в { $rate } заказах из тысячи, выше предела { $max }.
rule-srv-2-communication-high = Общение плохо оценено в { $rate } заказах из тысячи, выше предела { $max }.
rule-srv-2-shipping-high = Скорость доставки плохо оценена в { $rate } заказах из тысячи, выше предела { $max }.
rule-srv-3-not-shipped-high = Продано, но не отправлено: { $rate } на тысячу заказов, выше предела { $max }.
rule-srv-4-arbitration-high = Споры, переданные в арбитраж: { $rate } на тысячу заказов, выше предела { $max }.
rule-srv-5-timeouts-high = Пропущенные ответы на споры: { $rate } на тысячу заказов, выше предела { $max }.
