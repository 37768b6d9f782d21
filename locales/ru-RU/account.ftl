# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = Ваш аккаунт

# Sign-in, registration and the account overview (buyer helper).
form-error-network = Не удалось связаться с Caravan. Проверьте подключение и попробуйте снова.
form-show-password = Показать
field-error-required = Заполните это поле.
field-error-invalid = Проверьте это поле.
field-error-email-invalid = Введите адрес почты, например name@example.com.
field-error-email-taken = Аккаунт с этой почтой уже существует. Войдите в него.
field-error-password-too-short = Используйте не менее 8 символов.
field-error-password-too-long = Используйте не более 128 символов.
field-error-password-too-common = Этот пароль слишком распространён и легко угадывается. Выберите другой.
field-error-password-contains-email = Пароль не должен содержать имя вашей почты.
field-error-name-length = Используйте от 1 до 60 символов.
field-email = Электронная почта
field-password = Пароль
field-display-name = Имя
field-display-name-hint = Его увидят продавцы, оно будет рядом с вашими отзывами.
field-new-password-hint = Не менее 8 символов. Длинную фразу легко запомнить и трудно угадать.
signin-title = Вход
signin-submit = Войти
signin-busy = Входим…
signin-new-here = Впервые в Caravan?
signin-create-account = Создайте аккаунт
register-title = Создайте аккаунт
register-role = Что вы хотите делать?
register-role-buyer = Покупать
register-role-seller = Продавать на Caravan
register-submit = Создать аккаунт
register-busy = Создаём аккаунт…
register-have-account = Уже есть аккаунт?
register-sign-in = Войти
account-profile = Профиль
account-links = Ваши покупки
account-cart = Корзина
account-seller-center = Центр продавца
account-console = Консоль платформы
account-sign-out = Выйти
