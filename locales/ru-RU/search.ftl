# The search page's words: fetched with its code, the first time a search opens.

search-title = Поиск
search-title-query = Результаты по запросу «{ $query }»
search-results =
    { $count ->
        [one] { $count } результат
        [few] { $count } результата
        [many] { $count } результатов
       *[other] { $count } результата
    }
search-empty = По запросу «{ $query }» ничего не найдено
search-empty-hint = Проверьте написание, попробуйте меньше слов или более общие слова либо снимите фильтр.
search-sort = Сортировка
search-sort-relevance = По релевантности
search-sort-best-selling = Популярные
search-sort-newest = Новинки
search-sort-price-asc = Сначала дешевле
search-sort-price-desc = Сначала дороже
search-in-stock = Только в наличии
search-min-rating = Рейтинг
search-rating-any = Любой рейтинг
search-rating-at-least = { $rating }★ и выше
search-class = Доставка
search-class-any = Любая доставка

# Price range and destination filters
search-price = Цена ({ $currency })
search-price-min = От
search-price-max = До
search-price-apply = Применить
search-price-invalid = Введите сумму, например { $example }
search-price-order = Максимальная цена не может быть меньше минимальной.
search-ships-to = Доставка в
search-ships-anywhere = Любая страна
