# The search page's words: fetched with its code, the first time a search opens.

search-title = Busca
search-title-query = Resultados para “{ $query }”
search-results =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
search-empty = Nenhum resultado para “{ $query }”
search-empty-hint = Confira a ortografia, tente palavras mais gerais ou em menor número, ou remova um filtro.
search-sort = Ordenar por
search-sort-relevance = Mais relevantes
search-sort-best-selling = Mais vendidos
search-sort-newest = Mais recentes
search-sort-price-asc = Preço: menor para maior
search-sort-price-desc = Preço: maior para menor
search-in-stock = Somente em estoque
search-min-rating = Avaliação
search-rating-any = Qualquer avaliação
search-rating-at-least = { $rating }★ ou mais
search-class = Frete
search-class-any = Qualquer frete

# Price range and destination filters
search-price = Preço ({ $currency })
search-price-min = Mínimo
search-price-max = Máximo
search-price-apply = Aplicar
search-price-invalid = Digite um valor como { $example }
search-price-order = O preço máximo não pode ser menor que o mínimo.
search-ships-to = Envia para
search-ships-anywhere = Qualquer destino
