# The platform console's screens (loaded when the console opens).

console-title = Консоль платформы

## Platform console: frame and review queues (issue 4)

console-nav-label = Разделы консоли
console-nav-overview = Обзор
console-nav-shops = Заявки магазинов
console-nav-documents = Лицензии и бренды
console-nav-fx = Курсы валют
console-sign-in-needed = Войдите с аккаунтом сотрудника платформы, чтобы пользоваться консолью.
console-sign-in = Войти
console-not-admin = Этому аккаунту консоль платформы недоступна.
console-overview-title = Консоль платформы
console-policy-title = Политика правил
console-policy-version = Площадка проверяет по версии политики { $version }.
console-queue-shops = Заявки магазинов в очереди: { $count }
console-queue-documents = Документы в очереди: { $count }
console-queue-empty = Здесь ничего нет.
console-filter-status = Показать
console-status-pending = Ждёт проверки
console-status-approved = Одобрено
console-status-rejected = Отклонено
console-shops-title = Заявки магазинов
console-shop-country = Страна
console-shop-company = Компания
console-shop-licence = Регистрационный номер
console-shop-representative = Законный представитель
console-shop-email = Эл. почта компании
console-shop-email-verified = (подтверждена)
console-shop-email-unverified = (не подтверждена)
console-shop-phone = Телефон поддержки
console-shop-emergency = Экстренный контакт
console-shop-type = Тип аккаунта
console-shop-category = Основная категория
console-shop-regions = Регионы продаж
console-reject-reason = Причина (её увидит продавец)
console-reject-reason-hint = Укажите факты и правило, на которых основано решение, и что продавец может изменить.
console-reason-length = Объясните решение в 10–1000 символах.
console-approve = Одобрить
console-reject = Отклонить
console-rejected-because = Отклонено: { $reason }
console-documents-title = Лицензии и бренды
console-kind-licence = Лицензия
console-kind-qualification = Квалификация
console-kind-brand = Разрешение правообладателя
console-document-shop = Номер магазина
console-document-reference = Реквизиты
console-fx-title = Курсы валют
console-fx-intro = Загрузите ежедневные справочные курсы Европейского центрального банка (eurofxref-daily.xml). Покупатели видят цены по курсу последнего дня; в заказах сохраняется курс, по которому списана оплата.
console-fx-file = Файл с курсами
console-fx-xml = Или вставьте содержимое файла
console-fx-import = Загрузить курсы
console-fx-imported = Загружены курсы на { $date } для валют: { $count }.
