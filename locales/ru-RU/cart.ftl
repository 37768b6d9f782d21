# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = Количество
product-add-to-cart = В корзину
product-added =
    { $count ->
        [one] Добавлено. В корзине { $count } шт.
        [few] Добавлено. В корзине { $count } шт.
        [many] Добавлено. В корзине { $count } шт.
       *[other] Добавлено. В корзине { $count } шт.
    }
product-view-cart = Перейти в корзину
product-cart-full = Корзина заполнена. Оформите заказ или сначала удалите что-нибудь.
product-deal = Скидка
product-flash-deal = Молниеносная распродажа
quantity-fewer = На один меньше
quantity-more = На один больше
cart-title =
    { $count ->
        [0] Корзина
        [one] Корзина ({ $count } товар)
        [few] Корзина ({ $count } товара)
        [many] Корзина ({ $count } товаров)
       *[other] Корзина ({ $count } товара)
    }
cart-empty = Ваша корзина пуста.
cart-continue = Продолжить покупки
cart-deliver-to = Доставить в
cart-pricing = Проверяем цены и доставку…
cart-quote-failed = Сейчас не удалось проверить цены и наличие, поэтому в корзине показаны цены, которые вы видели. Корзина сохранена.
cart-quantity-of = Количество: { $item }
cart-remove-item = Удалить { $item }
cart-remove = Удалить
cart-accept-price = Принять новую цену
cart-take-available = Изменить на { $count }
cart-cheapest-shipping = Выбрать самую дешёвую доставку
cart-summary = Итог заказа
cart-fix-problems = Перед оформлением проверьте отмеченные товары.
cart-checkout = Оформить заказ
cart-problem-unavailable = Этот товар больше недоступен.
cart-problem-not-shipped = Этот товар не доставляется в страну: { $country }.
cart-problem-class-unavailable = Выбранный способ доставки не работает для страны: { $country }.
cart-problem-out-of-stock = Распродано.
cart-problem-over-stock =
    { $count ->
        [one] Осталась только { $count } шт.
        [few] Осталось только { $count } шт.
        [many] Осталось только { $count } шт.
       *[other] Осталось только { $count } шт.
    }
cart-problem-over-limit = Не более { $count } шт. в заказе.
cart-problem-invalid-quantity = Укажите количество не меньше 1.
cart-problem-price-changed = Цена изменилась: была { $was }, стала { $now }.
cart-problem-price-changed-plain = Цена изменилась.
cart-problem-duplicate = Этот товар есть в корзине дважды.
cart-problem-own-listing = Это товар вашего собственного магазина, купить его нельзя.
totals-items = Товары
totals-discount = Скидки
totals-shipping = Доставка
totals-total = Итого
totals-free = Бесплатно
totals-charged = С вас будет списано { $amount } в валюте { $currency }. Пересчёт по курсу { $rate }, справочный курс на { $date }.

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days =
    { $max ->
        [one] { $min }–{ $max } день
        [few] { $min }–{ $max } дня
        [many] { $min }–{ $max } дней
       *[other] { $min }–{ $max } дня
    }
