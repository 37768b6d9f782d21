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

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = Сохранить имя
account-profile-saved = Имя сохранено.
account-book-hint = Хранятся в вашем аккаунте: при оформлении заказа они доступны на любом устройстве, где вы вошли.
account-book-empty = Сохранённых адресов пока нет. Добавьте адрес, или здесь сохранится адрес следующего заказа.
account-book-full = Адресная книга заполнена (20 адресов). Удалите один, чтобы добавить новый.
account-address-add = Добавить адрес
account-address-new = Новый адрес
account-address-editing = Изменить адрес
account-address-default-check = Использовать этот адрес по умолчанию при оформлении заказа
account-address-save = Сохранить адрес
account-address-cancel = Отмена
account-address-saved = Адрес сохранён.
account-address-removed = Адрес удалён.
account-address-default-set = Адрес по умолчанию изменён.
account-address-gone = Этот адрес тем временем удалили. Сохраните, чтобы добавить его как новый.
account-address-edit = Изменить адрес { $address }
account-address-edit-short = Изменить
account-address-make-default = Сделать { $address } адресом по умолчанию
account-address-make-default-short = По умолчанию
account-device-addresses = { $count ->
    [one] { $count } адрес сохранён только в этом браузере, до вашего входа:
    [few] { $count } адреса сохранены только в этом браузере, до вашего входа:
   *[other] { $count } адресов сохранено только в этом браузере, до вашего входа:
}
account-device-keep = Сохранить в аккаунте
account-device-forget = Забыть их
account-preferences-hint = Сохраняются в аккаунте и применяются при входе на другом устройстве.
account-preferences-saved = Сохранено в аккаунте.
account-preferences-not-saved = Не сохранено в аккаунте.
address-default = По умолчанию
address-postal-code-none = В этой стране нет почтовых индексов. Оставьте поле пустым.
address-country-invalid = Выберите страну из списка.
