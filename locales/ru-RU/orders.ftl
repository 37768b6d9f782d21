# Заказы, споры, отзывы, уведомления и настройки аккаунта (раздел аккаунта; помощник buyerorders).

account-orders = Ваши заказы
account-notifications = Уведомления
account-preferences = Настройки
account-language = Язык
account-currency = Валюта цен
account-currency-hint = Цены пересчитываются для справки; заказы оплачиваются в долларах США.
account-addresses = Адреса доставки
account-address-remove = Удалить адрес { $address }
account-address-remove-short = Удалить

orders-title = Ваши заказы
orders-empty = Вы ещё ничего не заказывали.
orders-start-shopping = Начать покупки
orders-more = Показать более ранние заказы
orders-units = { $count ->
    [one] { $count } товар
    [few] { $count } товара
    [many] { $count } товаров
   *[other] { $count } товара
}

order-status-awaiting-payment = Ожидает оплаты
order-status-paid = Оплачен, ожидает отправки
order-status-shipped = Отправлен
order-status-delivered = Доставлен
order-status-completed = Завершён
order-status-cancelled = Отменён
order-status-expired = Не оплачен вовремя

order-back = ← Все заказы
order-title = Заказ { $id }
order-from = от { $shop }
order-progress = Ход заказа
order-step-placed = Оформлен
order-step-paid = Оплачен
order-step-shipped = Отправлен
order-step-delivered = Доставлен
order-step-completed = Завершён
order-step-cancelled = Отменён
order-step-expired = Истёк, не оплачен
order-pay-by = Оплатите вовремя, иначе заказ будет отменён: { $left }.
order-ship-by = Продавец должен отправить до { $date } ({ $left }).
order-auto-confirm = Если ничего не делать, получение будет подтверждено { $date } ({ $left }).
order-confirm-receipt = Подтвердить получение
order-confirm-question = Заказ пришёл в соответствии с описанием? После подтверждения оплата переходит продавцу.
order-confirm-yes = Да, я получил заказ
order-confirmed = Спасибо. Продавец получил оплату.
order-cancel = Отменить заказ
order-cancel-question = Отменить этот заказ? Оплаченный заказ возвращается полностью.
order-cancel-reason = Почему? (необязательно)
order-cancel-yes = Отменить заказ
order-cancelled = Заказ отменён.
order-keep = Назад
order-items = Товары
order-quantity = Количество: { $count }
order-items-total = Товары
order-shipping = Доставка
order-total = Списано всего
order-display-total = Около { $amount } по курсу на { $date }.
order-paid-with = Оплачено картой { $brand }, оканчивающейся на { $last4 }
order-address = Адрес доставки

escrow-title = Ваш платёж
escrow-none = Ещё ничего не оплачено.
escrow-held = Caravan надёжно хранит ваши { $amount }. Продавец получит деньги, только когда вы подтвердите получение.
escrow-held-until = Caravan надёжно хранит ваши { $amount }. Продавец получит деньги, когда вы подтвердите получение, или { $date }, если вы ничего не сделаете.
escrow-released-buyer = Вы подтвердили получение, поэтому оплата перешла продавцу.
escrow-released-timeout = Срок подтверждения получения истёк, поэтому оплата перешла продавцу.
escrow-released-decision = По решению Caravan оплата перешла продавцу.
escrow-refunded = Вам возвращено { $amount }.
escrow-payout = Продавец получит деньги через 3–5 рабочих дней.

tracking-title = Отслеживание
tracking-number = Трек-номер { $number }
tracking-placed = Заказ оформлен
tracking-paid = Оплата получена
tracking-shipped = Передан перевозчику
tracking-in-transit = В пути
tracking-out-for-delivery = Передан курьеру
tracking-exception = Проблема с доставкой
tracking-delivered = Доставлен
tracking-completed = Получение подтверждено
tracking-cancelled = Отменён
tracking-expired = Не оплачен вовремя
tracking-not-shipped-in-time = Продавец не отправил вовремя

deadline-passed = срок истёк
deadline-days-left = { $count ->
    [one] остался { $count } день
    [few] осталось { $count } дня
    [many] осталось { $count } дней
   *[other] осталось { $count } дня
}
deadline-hours-left = { $count ->
    [one] остался { $count } час
    [few] осталось { $count } часа
    [many] осталось { $count } часов
   *[other] осталось { $count } часа
}
deadline-minutes-left = { $count ->
    [one] осталась { $count } минута
    [few] осталось { $count } минуты
    [many] осталось { $count } минут
   *[other] осталось { $count } минуты
}

order-error-not-cancellable = Этот заказ уже нельзя отменить: он отправлен.
order-error-payment-in-progress = Оплата этого заказа обрабатывается. Попробуйте через минуту.
order-error-not-confirmable = Получение можно подтвердить после отправки заказа.
order-error-dispute-open = По этому заказу открыт спор. Решает его исход, либо сначала отзовите спор.

dispute-title = Проблема с заказом
dispute-intro = Посылка не пришла или товар не соответствует описанию? Откройте спор: ваш платёж останется у Caravan до его решения.
dispute-open = Открыть спор
dispute-reason = Что не так?
dispute-reason-not-received = Я не получил заказ
dispute-reason-not-as-described = Товар не соответствует описанию
dispute-counterfeit = Похоже на подделку
dispute-damaged = Пришёл повреждённым
dispute-remedy = Чего вы хотите?
remedy-full-refund = Полный возврат денег
remedy-partial-refund = Частичный возврат денег
remedy-partial-refund-of = Частичный возврат { $amount }
remedy-resend = Повторная отправка товара
dispute-amount = Сумма в { $currency }
dispute-amount-invalid = Введите сумму больше нуля и не больше оплаченной, например 12.50.
dispute-description = Что случилось?
dispute-description-hint = Не меньше 10 символов. Это прочтёт продавец и при необходимости Caravan.
dispute-description-short = Напишите не меньше 10 символов.
dispute-submit = Открыть спор
evidence-label = Фотографии
evidence-hint = JPEG, PNG или WebP, до 5 МБ каждая, не больше { $count }. Нужны, если товар не соответствует описанию.
evidence-uploading = Загрузка…
evidence-too-many = Можно добавить не больше { $count } фотографий.
evidence-too-large = Фотография больше 5 МБ. Выберите поменьше.
evidence-not-picture = Этот файл не является изображением JPEG, PNG или WebP.
evidence-required = Добавьте хотя бы одну фотографию, на которой видна проблема.
evidence-picture = Фотография { $number }
evidence-remove = Удалить фотографию { $number }
dispute-by-you = Вы
dispute-by-seller = Продавец
dispute-by-caravan = Caravan
dispute-awaiting-seller = Ждём ответа продавца до { $date } ({ $left }). Если продавец не ответит, спор закроется в вашу пользу.
dispute-negotiating = Продавец ответил. Примите его предложение, сделайте встречное или попросите Caravan принять решение.
dispute-arbitration = Caravan рассматривает спор и примет решение до { $date } ({ $left }).
dispute-arbitration-pending = Caravan рассматривает спор.
dispute-outcome-seller-accepted = Урегулировано: продавец согласился. Возвращено: { $amount }.
dispute-outcome-buyer-accepted = Урегулировано: вы приняли предложение продавца. Возвращено: { $amount }.
dispute-outcome-timeout = Закрыт в вашу пользу: продавец не ответил вовремя. Возвращено: { $amount }.
dispute-outcome-for-buyer = Caravan решил спор в вашу пользу. Возвращено: { $amount }.
dispute-outcome-for-seller = Caravan решил спор в пользу продавца.
dispute-outcome-withdrawn = Вы отозвали спор.
dispute-requested = Вы просили
dispute-opened = Открыт
dispute-seller-offers = Продавец предлагает:
dispute-accept = Принять предложение
dispute-counter = Сделать встречное предложение
dispute-note = Комментарий (необязательно)
dispute-send-offer = Отправить предложение
dispute-escalate = Попросить Caravan принять решение
dispute-escalate-hint = Caravan изучит доказательства обеих сторон и примет решение за несколько рабочих дней.
dispute-withdraw = Отозвать спор
dispute-message-title = Добавить сообщение или фотографии
dispute-message = Ваше сообщение
dispute-message-send = Отправить
dispute-history = История
dispute-event-opened = открыл спор
dispute-event-message = написал
dispute-event-offer = сделал предложение
dispute-event-accepted = принял предложение
dispute-event-escalated = попросил Caravan принять решение
dispute-event-decided = принял решение
dispute-event-timed-out = продавец не ответил вовремя
dispute-event-withdrawn = отозвал спор
dispute-error-exists = По этому заказу уже есть спор.
dispute-error-closed = Этот спор закрыт.
dispute-error-wrong-step = На этом этапе спора это невозможно.
dispute-error-rules = Так открыть спор нельзя: нужен оплаченный заказ, а если товар не соответствует описанию — фотографии.
dispute-error-escrow = Caravan больше не хранит оплату этого заказа.

review-title = Ваш отзыв
review-overall = Ваша оценка заказа
review-dsr-intro = А как вам продавец?
review-dsr-described = Соответствие описанию
review-dsr-communication = Общение
review-dsr-shipping = Скорость отправки
review-stars = { $count ->
    [one] { $count } звезда
    [few] { $count } звезды
    [many] { $count } звёзд
   *[other] { $count } звезды
}
review-choose-stars = Выберите от 1 до 5 звёзд.
review-text = Ваш отзыв (необязательно)
review-submit = Отправить отзыв
review-thanks = Спасибо за ваш отзыв от { $date }.
review-error-not-completed = Оценить заказ можно после его завершения.
review-error-exists = Вы уже оценили этот заказ.

notifications-title = Уведомления
notifications-empty = Ничего нового. Здесь появляются новости о ваших заказах.
notifications-unread = { $count ->
    [one] { $count } непрочитанное
    [few] { $count } непрочитанных
    [many] { $count } непрочитанных
   *[other] { $count } непрочитанного
}
notifications-mark-read = Отметить все как прочитанные
notifications-new = Новое:
notification-order-placed = Заказ { $order } оформлен.
notification-order-paid = Оплата заказа { $order } получена.
notification-order-shipped = Заказ { $order } в пути.
notification-order-delivered = Заказ { $order } доставлен. Подтвердите получение, если всё в порядке.
notification-order-completed = Заказ { $order } завершён.
notification-order-cancelled = Заказ { $order } отменён.
notification-order-expired = Заказ { $order } не был оплачен вовремя и отменён.
notification-order-not-shipped-in-time = Продавец не отправил заказ { $order } вовремя.
notification-dispute-opened = По заказу { $order } открыт спор.
notification-dispute-message = Новое сообщение в споре по заказу { $order }.
notification-dispute-offer = Новое предложение в споре по заказу { $order }.
notification-dispute-escalated = Спор по заказу { $order } передан на решение Caravan.
notification-dispute-resolved = Спор по заказу { $order } урегулирован.
notification-other = Новость о вашем аккаунте.
