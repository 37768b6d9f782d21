# Сообщения для кодов ошибок сервера.

error-code-not-found = Ничего не найдено. Возможно, это удалили.
error-code-bad-request = Не удалось разобрать запрос. Обновите страницу и попробуйте ещё раз.
error-code-invalid-input = Некоторые данные указаны неверно. Проверьте отмеченные поля.
error-code-malformed-json = Запрос повредился по пути. Обновите страницу и попробуйте ещё раз.
error-code-invalid-body = В запросе не хватает данных или есть лишние. Обновите страницу и попробуйте ещё раз.
error-code-invalid-query = В адресе есть непонятный параметр. Проверьте ссылку и попробуйте ещё раз.
error-code-unsupported-media-type = Такой тип файла или данных здесь не принимается.
error-code-payload-too-large = Слишком большой объём для загрузки. Выберите файл поменьше.
error-code-method-not-allowed = Здесь это действие недоступно.
error-code-unauthenticated = Войдите, чтобы продолжить.
error-code-invalid-credentials = Неверный адрес электронной почты или пароль.
error-code-wrong-role = У вашей учётной записи нет прав на это действие.
error-code-csrf-check-failed = Не удалось подтвердить сеанс. Обновите страницу и попробуйте ещё раз.
error-code-email-taken = Учётная запись с этим адресом уже существует.
error-code-stale-version = Данные изменили в другом месте. Обновите страницу, чтобы увидеть последнюю версию, и только потом сохраняйте.
error-code-blocked-by-rules = Это нарушает правила площадки. Подробности ниже.
error-code-too-many-requests = Слишком много попыток. Подождите немного и попробуйте снова.
error-code-no-shop = У вас ещё нет магазина. Сначала откройте его в кабинете продавца.
error-code-shop-exists = У вас уже есть магазин.
error-code-shop-name-taken = Это название магазина уже занято. Выберите другое.
error-code-not-pending = Решение по этой заявке уже принято.
error-code-not-published = Этот товар не опубликован.
error-code-listing-suspended = Этот товар заблокирован, его нельзя изменить.
error-code-internal = У нас что-то пошло не так. Попробуйте ещё раз.
error-code-document-on-file = Этот документ уже загружен или ожидает проверки.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = Операции вашего магазина ограничены взысканием. Подробности — в разделе «Взыскания» кабинета продавца.
error-code-shop-suspended = Торговля вашего магазина приостановлена. Товары нельзя публиковать и покупать, пока действует взыскание.
error-code-shop-closed = Caravan прекратил сотрудничество с этим магазином.
error-code-promotion-banned = Вашему магазину временно запрещено участвовать в акциях. Дата окончания — в разделе «Взыскания».
error-code-appeal-exists = Вы уже обжаловали это взыскание.
error-code-penalty-lifted = Это взыскание уже снято.
penalty-reason-staff-finding = Сотрудники Caravan выявили нарушение правила { $rule }: { $facts }
penalty-reason-ip-closure = Нарушения интеллектуальной собственности достигли предела (серьёзных: { $serious }, баллов: { $points }), поэтому сотрудничество прекращается.
error-code-promotion-overlap = Некоторые из этих товаров в это время уже участвуют в другой акции.
error-code-promotion-terms-frozen = После одобрения акции её товары и тип скидки не меняются. Можно только добавить запас или увеличить скидку.
error-code-promotion-closed = Эта акция завершена, отклонена или отозвана.
error-code-dispute-exists = По этому заказу уже открыт спор. Продолжите его на странице заказа.
error-code-dispute-closed = Этот спор закрыт.
error-code-dispute-wrong-step = На этом этапе спора это невозможно.
error-code-dispute-open = По этому заказу идёт спор. Судьбу платежа решит его итог — или сначала отзовите спор.
error-code-escrow-not-held = Оплата за этот заказ больше не удерживается, вернуть её так нельзя.
error-code-buyer-only = Это может сделать только покупатель.
error-code-order-not-completed = Оставить отзыв можно после завершения заказа.
error-code-review-exists = Вы уже оставили отзыв об этом заказе.

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = Некоторые товары в корзине изменились или больше недоступны для заказа. Проверьте отмеченные товары и попробуйте снова.
error-code-idempotency-key-missing = Не удалось безопасно отправить заказ. Обновите страницу и попробуйте снова.
error-code-idempotency-key-invalid = Не удалось безопасно отправить заказ. Обновите страницу и попробуйте снова.
error-code-idempotency-key-reused = Этот заказ уже был отправлен с другим содержимым. Обновите страницу, чтобы оформить новый заказ.
error-code-not-payable = Этот заказ больше нельзя оплатить: срок оплаты истёк или заказ отменён.
error-code-payment-in-progress = Ваш платёж обрабатывается. Подождите немного и обновите страницу.
error-code-card-declined = Карта отклонена. Попробуйте другую карту.
error-code-payment-retry = Сейчас не удалось провести платёж. Деньги не списаны. Попробуйте ещё раз.
error-code-not-cancellable = Этот заказ уже нельзя отменить: он отправлен.
error-code-not-confirmable = Получение можно подтвердить только один раз и только после отправки заказа.
error-code-not-shippable = Отправить можно только оплаченные и ещё не отправленные заказы.
error-code-not-in-transit = События отслеживания можно добавлять только к отправленным и ещё не доставленным заказам.

# Account: address book (account helper, journey 9).
error-code-address-book-full = Адресная книга заполнена (20 адресов). Удалите один, чтобы сохранить новый.
