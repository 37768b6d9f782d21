# Общие строки: бренд, навигация, состояния на всех страницах.

brand-name = Caravan
brand-tagline = Покупки со всего мира с доставкой до двери
skip-to-content = Перейти к содержимому
loading = Загрузка…
action-retry = Повторить
error-load-failed = Не удалось загрузить. Проверьте подключение и попробуйте ещё раз.
error-not-found = Мы не нашли то, что вы искали. Возможно, это удалили.
not-found-title = Страница не найдена
not-found-body = Такой страницы нет или её адрес изменился.
not-found-home = Вернуться в магазин
language-label = Язык
currency-label = Валюта
locale-load-failed = Не удалось загрузить язык «{ $language }». Страница осталась на текущем языке.
fx-unavailable = Курсы валют сейчас недоступны, поэтому цены показаны в долларах США.
notice-dismiss = Закрыть

# Header: account and cart links (buyer journeys).
header-shopper-label = Ваш аккаунт и корзина
header-sign-in = Войти
header-cart =
    { $count ->
        [0] Корзина пуста
        [one] Корзина, { $count } товар
        [few] Корзина, { $count } товара
        [many] Корзина, { $count } товаров
       *[other] Корзина, { $count } товара
    }
