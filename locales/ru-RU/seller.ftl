# The seller center's screens (loaded when the seller center opens).

seller-center-title = Кабинет продавца

## Seller center: frame, session and shared states (issue 4)

seller-nav-label = Разделы кабинета продавца
seller-nav-overview = Обзор
seller-nav-listings = Товары
seller-nav-documents = Лицензии и бренды
seller-new-listing = Новый товар
seller-overview-title = Ваш магазин
seller-shop-status-pending = На проверке
seller-shop-status-approved = Одобрен
seller-shop-status-rejected = Отклонён
seller-sign-in-needed = Войдите с аккаунтом продавца, чтобы открыть кабинет продавца.
seller-sign-in = Войти
seller-register-instead = Зарегистрироваться как продавец
seller-not-a-seller = Это аккаунт покупателя. Для кабинета продавца нужен аккаунт продавца.
seller-sign-out-to-register = Выйти и зарегистрироваться как продавец
seller-signed-in-as = Вы вошли как { $email }.
seller-no-shop-yet = Вы ещё не открыли магазин.
seller-open-shop = Открыть магазин
seller-see-application = Посмотреть заявку
seller-choose = Выберите…
seller-error-network = Не удалось связаться с Caravan. Ваша работа сохранена на этом устройстве; мы попробуем ещё раз.
seller-number-invalid = Введите число, например 12,50.
seller-rules-unavailable = Не удалось загрузить правила площадки, поэтому проблемы будут показаны только при сохранении.
verdict-block = Мешает публикации:
verdict-warn = Предупреждение:

## Seller center: onboarding (journey 1)

seller-onboarding-title = Откройте магазин
seller-account-title = Создайте аккаунт продавца
seller-account-intro = С аккаунтом продавца вы входите в кабинет продавца. Данные компании — на следующем шаге.
seller-account-name = Ваше имя
seller-account-email = Эл. почта
seller-account-password = Пароль
seller-account-password-hint = Не меньше 10 символов. Не используйте адрес эл. почты.
seller-account-create = Создать аккаунт продавца
seller-account-have-one = У меня уже есть аккаунт
seller-company-title = Компания
seller-company-name = Зарегистрированное название компании
seller-company-licence = Регистрационный номер компании
seller-company-representative = Законный представитель
seller-company-country = Страна регистрации
seller-contact-title = Контакты
seller-contact-email = Эл. почта компании
seller-contact-phone = Телефон службы поддержки
seller-contact-emergency = Контакт для экстренной связи (имя и телефон)
seller-email-send-code = Отправить код подтверждения
seller-email-resend = Отправить новый код
seller-email-code-sent = Мы отправили 6-значный код на { $email }. Он действует 15 минут.
seller-email-code = Код подтверждения
seller-email-verify = Подтвердить
seller-email-verified = Эл. почта подтверждена.
seller-business-title = Бизнес
seller-account-type = Тип аккаунта
seller-account-type-b2c = Продажи покупателям (B2C)
seller-account-type-b2b = Продажи компаниям (B2B)
seller-main-category = Основная категория
seller-sales-regions = Регионы продаж
seller-shop-name-title = Название магазина
seller-shop-name = Название магазина
seller-shop-name-hint = От 4 до 64 символов. Без брендов, на которые у вас нет разрешения, и без недопустимых слов.
seller-shop-name-checking = Проверяем, свободно ли название…
seller-shop-name-available = Это название свободно.
seller-shop-name-taken = Другой магазин уже использует это название или очень похожее.
seller-apply = Отправить на проверку
seller-apply-again = Исправить и отправить снова
seller-review-pending-title = Ваша заявка на проверке
seller-review-pending-body = Площадка проверяет данные компании, обычно в течение 2 рабочих дней. Пока можно готовить товары; опубликовать их получится после одобрения магазина.
seller-review-approved-title = Ваш магазин открыт
seller-review-approved-body = Магазин одобрен. Создавайте товары и публикуйте их в каталоге.
seller-review-rejected-title = Ваша заявка отклонена
seller-review-rejected-body = Прочитайте причину ниже, исправьте данные и отправьте заявку снова.
seller-review-reason = Причина, указанная площадкой
seller-first-listing = Создать первый товар
seller-field-display-name-length = Используйте от 1 до 60 символов.
seller-field-email-invalid = Введите адрес вида name@example.com.
seller-field-code-wrong = Неверный код. Проверьте письмо и попробуйте снова.
seller-field-code-expired = Срок действия кода истёк. Запросите новый.
seller-field-code-none = Сначала запросите код для этого адреса.
seller-field-password-too-short = Пароль слишком короткий: нужно не меньше 10 символов.
seller-field-password-too-long = Пароль слишком длинный: не больше 128 символов.
seller-field-password-too-common = Это слишком распространённый пароль. Выберите другой.
seller-field-password-contains-email = Пароль не должен содержать адрес эл. почты.
seller-field-reference-length = Укажите номер документа или описание длиной от 4 до 200 символов.
seller-field-document-name-invalid = Выберите название из списка или укажите бренд так, как он написан в свидетельстве.
seller-field-reason-length = Объясните решение в 10–1000 символах.

## Seller center: listing editor (journeys 2 and 3)

seller-editor-title-new = Новый товар
seller-editor-title-edit = Редактирование товара
seller-editor-basics = Товар
seller-editor-title = Название
seller-editor-title-hint = Главное слово, затем характеристики и назначение, например «Стальная бутылка 750 мл для походов».
seller-editor-brand = Бренд
seller-editor-brand-hint = Оставьте пустым для товаров без бренда. Для брендовых товаров нужно разрешение правообладателя.
seller-editor-description = Описание
seller-editor-description-hint = Скрипты, формы и ссылки на другие сайты удаляются. Без контактных данных.
seller-editor-category = Категория
seller-editor-category-none = Категория ещё не выбрана.
seller-editor-category-search = Поиск категории
seller-editor-category-no-match = Подходящих категорий нет.
seller-editor-attributes = Характеристики
seller-editor-attribute-name = Название характеристики
seller-editor-attribute-value = { $name }
seller-editor-attribute-add = Добавить характеристику
seller-editor-attribute-add-required = Добавить характеристики, обязательные для этой категории
seller-editor-attribute-remove = Удалить характеристику
seller-editor-images = Фотографии
seller-editor-images-hint = До { $max } фотографий JPEG, PNG или WebP, каждая не больше { $size } МБ; квадратные, не меньше 800 × 800 пикселей.
seller-image-add = Добавить фотографии
seller-image-alt = Фото { $number }
seller-image-earlier = Переместить фото { $number } выше
seller-image-later = Переместить фото { $number } ниже
seller-image-remove = Удалить фото { $number }
seller-image-uploading = { $count ->
        [one] Загружается { $count } фото…
        [few] Загружаются { $count } фото…
        [many] Загружаются { $count } фото…
       *[other] Загружаются { $count } фото…
    }
seller-image-refused-size = Размер { $name } — { $size } МБ, а фото может весить не больше { $max } МБ. Файл не загружен.
seller-image-refused-type = { $name } — не фото в формате JPEG, PNG или WebP. Файл не загружен.
seller-image-refused-count = У товара может быть не больше { $max } фото; остальные не загружены.
seller-image-too-large = Фото больше 5 МБ.
seller-image-wrong-type = Принимаются только фото JPEG, PNG и WebP.
seller-image-too-many-pixels = В фото слишком много пикселей. Используйте фото поменьше.
seller-image-unreadable = Не удалось прочитать фото. Попробуйте другой файл.
seller-image-not-uploaded = Загрузите фото ещё раз: в товарах показываются только фото, хранящиеся в Caravan.
seller-editor-pricing = Цена, остатки и варианты
seller-editor-currency = Валюта
seller-editor-variants = Варианты
seller-editor-variants-hint = До 3 свойств, например цвет или размер. Каждое сочетание их значений — вариант со своей ценой и остатком.
seller-editor-property-name = Свойство { $number }
seller-editor-property-values = Значения через запятую
seller-editor-property-add = Добавить свойство
seller-editor-property-remove = Удалить свойство
seller-editor-skus = Варианты с ценой и остатком
seller-sku-variant = Вариант
seller-sku-single = Все
seller-sku-code = Артикул (SKU)
seller-sku-price = Цена
seller-sku-discount = Цена со скидкой
seller-sku-stock = Остаток
seller-sku-image = Фото
seller-sku-image-none = Нет
seller-sku-code-of = Артикул варианта { $variant }
seller-sku-price-of = Цена варианта { $variant }
seller-sku-discount-of = Цена со скидкой варианта { $variant }
seller-sku-stock-of = Остаток варианта { $variant }
seller-sku-image-of = Фото варианта { $variant }
seller-editor-shipping = Упаковка и доставка
seller-editor-weight = Вес упаковки (кг)
seller-editor-length = Длина (см)
seller-editor-width = Ширина (см)
seller-editor-height = Высота (см)
seller-editor-handling = Срок отправки (дней)
seller-editor-template = Шаблон доставки
seller-editor-no-templates = У вашего магазина пока нет шаблонов доставки.
seller-field-template-not-yours = Выберите один из шаблонов доставки вашего магазина.
seller-editor-save = Сохранить сейчас
seller-editor-publish = Опубликовать
seller-editor-republish = Опубликовать изменения
seller-editor-republish-hint = Сохранённые изменения появятся в магазине только после публикации.
seller-editor-unpublish = Снять с продажи
seller-editor-view-in-shop = Посмотреть в магазине
seller-listing-status-draft = Черновик: не в магазине
seller-listing-status-published = Опубликован: в магазине
seller-listing-status-suspended = Заблокирован площадкой
seller-summary-ready = Ничто не мешает публикации
seller-summary-blocked = { $count ->
        [one] { $count } проблема мешает публикации
        [few] { $count } проблемы мешают публикации
        [many] { $count } проблем мешают публикации
       *[other] { $count } проблемы мешают публикации
    }
seller-summary-warnings = { $count ->
        [one] { $count } предупреждение; опубликовать всё равно можно.
        [few] { $count } предупреждения; опубликовать всё равно можно.
        [many] { $count } предупреждений; опубликовать всё равно можно.
       *[other] { $count } предупреждения; опубликовать всё равно можно.
    }
seller-save-new = Ещё не сохранено. Пока вы печатаете, работа сохраняется на этом устройстве.
seller-save-idle = Все изменения сохранены.
seller-save-pending = Несохранённые изменения хранятся на этом устройстве; сохраним, когда вы сделаете паузу.
seller-save-saving = Сохраняем…
seller-save-saved = Все изменения сохранены.
seller-save-offline = Нет связи: изменения хранятся на этом устройстве и сохранятся, когда связь восстановится.
seller-save-conflict = Не сохранено: товар был изменён в другом месте.
seller-conflict-title = Этот товар сохранили в другой вкладке или на другом устройстве
seller-conflict-body = Сохранение отклонено: у товара теперь версия { $version }, а ваши изменения сделаны на основе версии { $mine }. Ничего из набранного не потеряно — выберите, что оставить.
seller-conflict-compare = Сравнить версии
seller-conflict-use-theirs = Загрузить сохранённую версию
seller-conflict-keep-mine = Оставить мою версию и сохранить
seller-other-tab-title = Сохранено в другой вкладке
seller-other-tab-body = Другая вкладка сохранила версию { $version } этого товара, а здесь у вас есть несохранённые изменения.
seller-compare-caption = Сохранённая версия { $version } в сравнении с вашей
seller-compare-field = Поле
seller-compare-theirs = Сохранённая версия
seller-compare-mine = Ваша версия
seller-compare-same = Версии совпадают.
seller-restore-offer = Найдены несохранённые изменения этого товара из другого окна ({ $time }).
seller-restore = Восстановить
seller-restore-discard = Удалить
seller-restored = Ваши несохранённые изменения от { $time } восстановлены.

## Seller center: listings table (journey 4)

seller-listings-title = Товары
seller-listings-search = Поиск по названию или номеру
seller-listings-status = Статус
seller-listings-status-all = Все
seller-status-draft = Черновик
seller-status-published = Опубликован
seller-status-suspended = Заблокирован
seller-listings-count = { $count ->
        [one] { $count } товар
        [few] { $count } товара
        [many] { $count } товаров
       *[other] { $count } товара
    }
seller-listings-empty = Подходящих товаров нет. Измените поиск или статус либо создайте товар.
seller-listings-untitled = (черновик без названия)
seller-listings-col-listing = Товар
seller-listings-col-status = Статус
seller-listings-col-price = Цена
seller-listings-col-stock = Остаток
seller-listings-col-verdicts = Проверка правил
seller-listings-price-of = Цена товара { $title }
seller-listings-stock-of = Остаток товара { $title }
seller-listings-price-from = от { $price }
seller-listings-stock-variants = { $stock } (вариантов: { $count })
seller-listings-blocks = Проблемы, мешающие публикации
seller-listings-blocks-count = { $count ->
        [one] { $count } проблема
        [few] { $count } проблемы
        [many] { $count } проблем
       *[other] { $count } проблемы
    }
seller-listings-warns-count = { $count ->
        [one] { $count } предупреждение
        [few] { $count } предупреждения
        [many] { $count } предупреждений
       *[other] { $count } предупреждения
    }
seller-bulk-label = Массовые действия
seller-bulk-selected = Выбрано: { $count }
seller-bulk-select-all = Выбрать все показанные товары
seller-bulk-select = Выбрать { $title }
seller-bulk-publish = Опубликовать
seller-bulk-unpublish = Снять с продажи
seller-bulk-published = Опубликовано: { $done }. Отклонено: { $refused } (откройте товар, чтобы узнать причину).
seller-bulk-unpublished = Снято с продажи: { $done }. Отклонено: { $refused }.

## Seller center: licences and brands (journey 9)

seller-documents-title = Лицензии и бренды
seller-documents-intro = Для некоторых товаров нужна лицензия (алкоголь, медицинские изделия), для некоторых категорий — квалификационный документ (косметика), а для брендовых товаров — разрешение правообладателя. Такие товары можно опубликовать после одобрения документов площадкой.
seller-documents-submit-title = Отправить документ
seller-documents-kind = Вид
seller-documents-kind-licence = Лицензия на товары с ограничениями
seller-documents-kind-qualification = Документ для категории
seller-documents-kind-brand = Разрешение правообладателя или свидетельство на товарный знак
seller-documents-name = Название
seller-documents-brand = Бренд
seller-documents-reference = Номер или описание документа
seller-documents-reference-hint = Например, номер лицензии и кем она выдана.
seller-documents-submit = Отправить на проверку
seller-documents-submitted = Отправлено. Площадка проверяет документы в течение 2 рабочих дней.
seller-documents-none = Документов пока нет.
seller-documents-on-file = Документов: { $count }
seller-documents-status = Проверка
seller-documents-reason = Причина: { $reason }

## Seller center: orders and disputes (journeys 5 and 6)

seller-nav-orders = Заказы
seller-nav-disputes = Споры
seller-orders-new-count = { $count ->
        [one] { $count } новый заказ
        [few] { $count } новых заказа
        [many] { $count } новых заказов
       *[other] { $count } нового заказа
    }
seller-duration-days = { $days } д { $hours } ч { $minutes } мин
seller-duration-hours = { $hours } ч { $minutes } мин { $seconds } с
seller-ship-left = Отправить за { $time }
seller-ship-overdue = Просрочено на { $time }
seller-ship-overdue-now = Просрочено: не отправлено вовремя
seller-order-status-awaiting-payment = Ожидает оплаты
seller-order-status-paid = К отправке
seller-order-status-shipped = Отправлен
seller-order-status-delivered = Доставлен
seller-order-status-completed = Завершён
seller-order-status-cancelled = Отменён
seller-order-status-expired = Не оплачен вовремя
seller-orders-title = Заказы
seller-orders-views = Списки заказов
seller-orders-to-ship = К отправке
seller-orders-all = Все заказы
seller-orders-status = Статус
seller-orders-any-status = Любой статус
seller-orders-to-ship-hint = Оплаченные заказы, которые ждут вас; сначала с ближайшим сроком отправки. Отправьте в срок обработки и укажите трек-номер, иначе заказ считается проданным, но не отправленным.
seller-orders-none-to-ship = Сейчас отправлять нечего.
seller-orders-none = Здесь пока нет заказов.
seller-orders-count = { $count ->
        [one] { $count } заказ
        [few] { $count } заказа
        [many] { $count } заказов
       *[other] { $count } заказа
    }
seller-orders-more = Показать ещё заказы
seller-orders-new = Новый
seller-orders-units = { $count ->
        [one] ({ $count } шт.)
        [few] ({ $count } шт.)
        [many] ({ $count } шт.)
       *[other] ({ $count } шт.)
    }
seller-order-number = Заказ { $id }
seller-order-back = Назад к заказам
seller-order-facts = Сведения о заказе
seller-order-placed = Оформлен
seller-order-paid = Оплачен
seller-order-buyer = Покупатель
seller-order-country = Страна доставки
seller-order-ship-by = Отправить до
seller-order-shipment = Отправление
seller-order-items = Товары
seller-order-line-quantity = { $count } × { $price }
seller-order-items-total = Товары
seller-order-discount = Скидка
seller-order-shipping = Доставка
seller-order-total = Итого
seller-order-address = Адрес доставки
seller-ship-title = Отправить заказ
seller-ship-intro = Передайте посылку перевозчику и введите трек-номер. Покупатель сразу получит уведомление.
seller-ship-class = Класс доставки
seller-ship-tracking = Трек-номер
seller-ship-tracking-hint = От 6 до 40 букв, цифр или дефисов, как на наклейке перевозчика.
seller-ship-carrier = Перевозчик (необязательно)
seller-ship-submit = Отметить как отправленный
seller-ship-done = Отправлено. Покупатель уже может отслеживать посылку.
seller-ship-back-to-queue = Назад к заказам к отправке
seller-ship-tracking-invalid = Введите трек-номер как на наклейке: от 6 до 40 букв, цифр или дефисов.
seller-ship-carrier-invalid = Название перевозчика — не длиннее 60 символов.
seller-ship-not-shippable = Этот заказ уже нельзя отправить: тем временем его отправили или отменили.
seller-disputes-title = Споры
seller-disputes-intro = Отвечайте на каждый новый спор в течение 5 дней, иначе он закроется в пользу покупателя и будет засчитан против вашего магазина.
seller-disputes-none = Споров нет. Отлично!
seller-disputes-count = { $count ->
        [one] { $count } спор
        [few] { $count } спора
        [many] { $count } споров
       *[other] { $count } спора
    }
seller-dispute-number = Спор { $id } по заказу { $order }
seller-dispute-order-total = Сумма заказа: { $amount }
seller-dispute-back = Назад к спорам
seller-dispute-stage = Состояние спора
seller-dispute-stage-awaiting = Ждёт вашего ответа
seller-dispute-stage-negotiating = Переговоры
seller-dispute-stage-arbitration = У Caravan
seller-dispute-stage-resolved = Закрыт
seller-respond-left = На ответ осталось { $time }
seller-respond-overdue = Срок ответа истёк { $time } назад
seller-dispute-answer-by = Ответьте до { $date }.
seller-dispute-answer-hint = Ответом считается сообщение или предложение. Без ответа спор закроется в пользу покупателя.
seller-dispute-negotiating = Вы ответили. Договоритесь с покупателем или попросите Caravan решить спор.
seller-dispute-arbitration = Caravan изучает доказательства обеих сторон и примет решение до { $date }.
seller-dispute-arbitration-pending = Caravan изучает доказательства обеих сторон.
seller-dispute-outcome-seller-accepted = Урегулирован: вы приняли требование покупателя. Возвращено: { $amount }.
seller-dispute-outcome-buyer-accepted = Урегулирован: покупатель принял ваше предложение. Возвращено: { $amount }.
seller-dispute-outcome-timeout = Закрыт в пользу покупателя: ответа не было вовремя. Возвращено: { $amount }.
seller-dispute-outcome-for-buyer = Caravan решил спор в пользу покупателя. Возвращено: { $amount }.
seller-dispute-outcome-for-seller = Caravan решил спор в вашу пользу. Ничего не возвращено.
seller-dispute-outcome-withdrawn = Покупатель отозвал спор.
seller-dispute-decision-reason = Обоснование Caravan:
seller-dispute-claim = Претензия покупателя
seller-dispute-reason = Проблема
seller-dispute-reason-not-received = Не получен
seller-dispute-reason-not-as-described = Не соответствует описанию
seller-dispute-counterfeit = похоже на подделку
seller-dispute-damaged = пришёл повреждённым
seller-dispute-requested = Требует
seller-dispute-order = Заказ
seller-dispute-opened = Открыт
seller-remedy-full-refund = Полный возврат денег
seller-remedy-partial-refund = Частичный возврат денег
seller-remedy-partial-refund-of = Частичный возврат: { $amount }
seller-remedy-resend = Повторная отправка товара
seller-dispute-buyer-asks = Покупатель требует
seller-dispute-accept = Принять требование покупателя
seller-dispute-escalate = Попросить Caravan решить
seller-dispute-escalate-hint = Если договориться не удаётся, Caravan изучит доказательства обеих сторон и решит в течение 7 рабочих дней.
seller-dispute-thread = Сообщения и история
seller-dispute-by-buyer = Покупатель
seller-dispute-by-you = Вы
seller-dispute-by-caravan = Caravan
seller-dispute-event-opened = открыл спор
seller-dispute-event-message = написал
seller-dispute-event-offer = сделал предложение
seller-dispute-event-accepted = принял предложение
seller-dispute-event-escalated = попросил Caravan решить
seller-dispute-event-decided = принял решение
seller-dispute-event-timed-out = срок ответа истёк
seller-dispute-event-withdrawn = отозвал спор
seller-dispute-message-title = Ответить покупателю
seller-dispute-message = Ваше сообщение
seller-dispute-message-required = Сначала напишите сообщение.
seller-dispute-message-send = Отправить сообщение
seller-evidence-label = Фото-доказательства
seller-evidence-hint = JPEG, PNG или WebP, до 5 МБ каждое, не больше { $count }.
seller-evidence-uploading = Загрузка…
seller-evidence-too-many = Можно добавить не больше { $count } фото.
seller-evidence-too-large = Это фото больше 5 МБ. Выберите поменьше.
seller-evidence-wrong-type = Этот файл — не изображение JPEG, PNG или WebP.
seller-evidence-picture = Фото-доказательство { $number }
seller-evidence-remove = Убрать фото { $number }
seller-offer-title = Сделать предложение
seller-offer-kind = Что вы предлагаете
seller-offer-amount = Возврат в { $currency }
seller-offer-amount-hint = Меньше суммы заказа ({ $total }), например 5,50.
seller-offer-amount-invalid = Введите сумму больше нуля и меньше { $total }, например 5,50.
seller-offer-amount-refused = Caravan не может вернуть такую сумму по этому заказу. Введите меньшую.
seller-offer-note = Комментарий для покупателя (необязательно)
seller-offer-send = Отправить предложение
seller-dispute-error-closed = Этот спор закрыт.
seller-dispute-error-wrong-step = На этом этапе спора это невозможно.
seller-dispute-error-escrow = Caravan больше не удерживает оплату по этому заказу.

## Seller center: promotions, service score, penalties and appeals (journeys 7 and 8)

seller-nav-promotions = Акции
seller-nav-service = Оценка сервиса
seller-nav-penalties = Санкции
seller-save-held = Не сохранено: одобренная акция запрещает это изменение (см. поля с отметкой PRM-2). Оно хранится на этом устройстве.
seller-editor-promotion-frozen = Это объявление участвует в одобренной акции. До её окончания нельзя повышать цену или стоимость доставки, менять описание и снимать объявление с каталога (PRM-2).
seller-editor-promotion-until = «{ $name }» до { $end }
seller-editor-unpublish-promotion = Объявление из одобренной акции остаётся в каталоге до окончания акции.
seller-promo-title = Акции
seller-promo-intro = Предложите скидку на выбранный срок или участвуйте во флеш-распродаже. Любая акция запускается только после одобрения платформой, а после одобрения её цены, запасы и описание заморожены до конца.
seller-promo-apply-title = Подать заявку на акцию
seller-promo-name = Название акции
seller-promo-kind = Вид
seller-promo-kind-discount = Скидка
seller-promo-kind-flash = Флеш-распродажа ({ $hours } ч)
seller-promo-kind-flash-short = Флеш-распродажа
seller-promo-discount = Размер скидки
seller-promo-discount-percent = Процент от цены
seller-promo-discount-fixed = Фиксированная сумма
seller-promo-percent = Скидка в процентах
seller-promo-percent-hint = Целое число от 1 до 90.
seller-promo-amount = Сумма скидки ({ $currency })
seller-promo-amount-hint = Вычитается из каждой единицы; должна быть меньше цены каждого выбранного варианта.
seller-promo-starts = Начало
seller-promo-ends = Окончание
seller-promo-session = Флеш-сессия
seller-promo-session-hint = Сессии длятся { $hours } ч и начинаются каждый день в фиксированное время; в каждой не больше 10 товаров.
seller-promo-items = Товары
seller-promo-add-listing = Добавить опубликованное объявление
seller-promo-items-none = Товаров пока нет. Добавьте объявление: добавятся все его варианты, лишние можно убрать.
seller-promo-item-facts = Цена { $price } · в наличии { $stock }
seller-promo-stock = Запас по акции для { $sku }
seller-promo-remove = Убрать { $sku }
seller-promo-remove-short = Убрать
seller-promo-submit = Отправить на одобрение
seller-promo-clear = Начать заново
seller-promo-sent = Заявка «{ $name }» отправлена на одобрение.
seller-promo-list-title = Ваши акции
seller-promo-none = Акций пока нет.
seller-promo-status-pending = Ждёт одобрения
seller-promo-status-scheduled = Одобрена, начнётся позже
seller-promo-status-active = Идёт
seller-promo-status-ended = Завершена
seller-promo-status-rejected = Отклонена
seller-promo-status-withdrawn = Отозвана
seller-promo-off-percent = Скидка { $percent } %
seller-promo-off-amount = Скидка { $amount }
seller-promo-period = С { $start } по { $end }
seller-promo-skus = { $count ->
        [one] { $count } вариант
        [few] { $count } варианта
       *[other] { $count } вариантов
    }
seller-promo-removed = { $count ->
        [one] ({ $count } снят по санкции)
        [few] ({ $count } снято по санкции)
       *[other] ({ $count } снято по санкции)
    }
seller-promo-frozen-hint = Одобрена: до окончания цены, стоимость доставки и описание этих объявлений заморожены, а запас по акции и скидку можно только увеличивать (PRM-2).
seller-promo-withdraw = Отозвать
seller-promo-withdraw-pending-note = Отозвать эту заявку? Она ещё не одобрена, поэтому больше ничего не произойдёт.
seller-promo-withdraw-approved-warning = Эта акция одобрена. Выход из неё сейчас нарушает PRM-2: товары снимаются с акции, а магазину на 6 месяцев запрещается участвовать в акциях.
seller-promo-withdraw-confirm = Всё равно отозвать
seller-promo-withdraw-keep = Оставить
seller-promo-error-name-length = Дайте акции название длиной от 1 до 80 символов.
seller-promo-error-required = Заполните это поле.
seller-promo-error-in-past = Начало не может быть в прошлом.
seller-promo-error-not-a-session = Выберите одну из ближайших флеш-сессий.
seller-promo-error-period = Скидка действует от 1 часа до 90 дней с начала.
seller-promo-error-percent = Укажите скидку от 1 до 90 процентов.
seller-promo-error-amount = Скидка должна быть не меньше наименьшей единицы валюты.
seller-promo-error-amount-too-large = Сумма должна быть меньше цены каждого выбранного варианта.
seller-promo-error-stock = Запас по акции — от 1 до запаса варианта.
seller-promo-error-count = Добавьте от 1 до 100 вариантов.
seller-promo-error-duplicate = Этот вариант указан дважды.
seller-promo-error-not-published = В акции могут участвовать только ваши опубликованные объявления.
seller-promo-error-mixed-currency = Все объявления акции должны иметь цены в одной валюте.
seller-promo-error-unknown-sku = У объявления больше нет этого варианта.
seller-promo-error-in-promotion = Этот вариант уже участвует в другой акции в это время.
seller-service-title = Оценка сервиса
seller-service-intro = Как покупатели оценивают ваш магазин и насколько надёжно он их обслуживает за последние 90 дней. Платформа проверяет эти показатели и может наказать магазин, чьи показатели превышают пределы.
seller-service-window = Заказы, оформленные с { $start } по { $end }
seller-service-assessment = Оценка
seller-service-meter-title = Заказов за последние 90 дней: { $orders }; магазин оценивается начиная с { $min } заказов.
seller-service-threshold = { $min } заказов: оценка
seller-service-assessed = У вашего магазина достаточно заказов для оценки (SRV-7).
seller-service-not-assessed = Ваш магазин ещё растёт: его начнут оценивать при { $min } заказах за 90 дней, нужно ещё { $missing } (SRV-7).
seller-service-counted = Оплаченных заказов: { $orders }, учтено: { $counted }, исключено: { $excluded }.
seller-service-dsr-title = Подробные оценки продавца
seller-service-dsr-count = { $count ->
        [one] По { $count } оценённому заказу.
       *[other] По { $count } оценённым заказам.
    }
seller-service-no-ratings = Оценок пока нет
seller-service-stars = { $value } / 5
seller-service-percent = { $value } %
seller-service-described = Соответствие описанию
seller-service-described-help = Соответствует ли товар тексту и фото объявления? Покупатель ставит от 1 до 5.
seller-service-communication = Общение
seller-service-communication-help = Насколько полезными и быстрыми были ваши ответы, от 1 до 5.
seller-service-shipping = Скорость отправки
seller-service-shipping-help = Как быстро был отправлен заказ, от 1 до 5.
seller-service-positive = Положительные отзывы
seller-service-positive-help = Доля оценок заказов в 4 или 5 звёзд.
seller-service-trend-title = Подробные оценки продавца по неделям
seller-service-trend-desc = Средняя оценка от 1 до 5 звёзд за каждую из { $weeks } недель; оценки есть в { $rated } из них. Недели без оценок оставляют разрыв.
seller-service-point = { $series }, неделя с { $week }: { $value } / 5
seller-service-measures-title = Показатели сервиса
seller-service-bars-title = Сколько раз возникала каждая проблема за последние 90 дней
seller-service-rate = ({ $rate } % учтённых заказов)
seller-service-bad-reviews = Плохие отзывы
seller-service-bad-reviews-help = Заказы с оценкой 3 звезды или ниже.
seller-service-bad-dsr = Плохие подробные оценки
seller-service-bad-dsr-help = «Соответствие описанию» или общение на 3 и ниже либо скорость отправки на 1 (отправку оценивают мягче, потому что вы меньше на неё влияете).
seller-service-bad-described = Плохие оценки «соответствия описанию»
seller-service-bad-communication = Плохие оценки общения
seller-service-bad-shipping = Плохие оценки отправки
seller-service-not-shipped = Продано, но не отправлено
seller-service-not-shipped-help = Оплаченные заказы, не отправленные вовремя.
seller-service-arbitration = Передано в арбитраж
seller-service-arbitration-help = Споры, переданные на решение платформе.
seller-service-timeouts = Пропущенные ответы в спорах
seller-service-timeouts-help = Споры, на которые вы не ответили вовремя.
seller-service-excluded = Исключено
seller-service-excluded-help = Заказы, спор «не получено» по которым закрыт, не учитываются, как и их отзывы, кому бы ни вернули деньги.
seller-service-findings = Превышены пределы
seller-penalties-title = Санкции и апелляции
seller-penalties-intro = В каждой санкции указаны правило, факты и срок действия. Санкцию можно обжаловать до крайнего срока; платформа отменит её или оставит в силе.
seller-penalties-none = У вашего магазина нет санкций.
seller-standing-title = Что ваш магазин может делать сейчас
seller-standing-can-sell = Ваши объявления в каталоге, их можно купить.
seller-standing-cannot-sell = Торговля приостановлена: ваши объявления нельзя купить.
seller-standing-can-publish = Вы можете публиковать объявления.
seller-standing-cannot-publish = Вы не можете публиковать объявления.
seller-standing-can-promote = Вы можете подавать заявки на акции.
seller-standing-cannot-promote = Вы не можете подавать заявки на акции.
seller-standing-ban-until = Запрет на участие в акциях до { $date }.
seller-standing-ip = Нарушения интеллектуальной собственности: баллов { $points }, серьёзных нарушений { $serious }.
seller-penalty-level-warning = Предупреждение
seller-penalty-level-restricted = Ограничение операций
seller-penalty-level-suspended = Торговля приостановлена
seller-penalty-level-ended = Сотрудничество прекращено
seller-penalty-level-promotion-ban = Запрет на акции
seller-penalty-status-active = Действует
seller-penalty-status-expired = Истекла
seller-penalty-status-lifted = Отменена
seller-penalty-reason = Причина
seller-penalty-issued = Наложена
seller-penalty-expiry = Действует до
seller-penalty-expires = { $date }
seller-penalty-no-expiry = Бессрочно
seller-penalty-automated = решение принято автоматически
seller-penalty-by-staff = решение принято сотрудниками платформы
seller-penalty-statement = Обоснование решения
seller-penalty-policy = Применённые правила: политика { $version }.
seller-penalty-lift-reason = Отменена: { $reason }
seller-appeal-title = Апелляция
seller-appeal-status-pending = На рассмотрении
seller-appeal-status-lifted = Удовлетворена: санкция отменена
seller-appeal-status-upheld = Отклонена: санкция остаётся в силе
seller-appeal-label = Почему эту санкцию следует отменить?
seller-appeal-hint = Изложите факты в 10–2000 символах. Обжаловать можно до { $date }.
seller-appeal-submit = Отправить апелляцию
seller-appeal-closed = Срок обжалования истёк { $date }.
seller-appeal-error-length = Напишите от 10 до 2000 символов.
