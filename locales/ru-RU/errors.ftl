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
