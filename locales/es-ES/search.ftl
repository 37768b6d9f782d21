# The search page's words: fetched with its code, the first time a search opens.

search-title = Búsqueda
search-title-query = Resultados de «{ $query }»
search-results =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
search-empty = No hay resultados para «{ $query }»
search-empty-hint = Revisa la ortografía, prueba con menos palabras o más generales, o quita un filtro.
search-sort = Ordenar por
search-sort-relevance = Más relevantes
search-sort-best-selling = Más vendidos
search-sort-newest = Más recientes
search-sort-price-asc = Precio: de menor a mayor
search-sort-price-desc = Precio: de mayor a menor
search-in-stock = Solo con existencias
search-min-rating = Valoración
search-rating-any = Cualquier valoración
search-rating-at-least = { $rating }★ o más
search-class = Envío
search-class-any = Cualquier envío

# Price range and destination filters
search-price = Precio ({ $currency })
search-price-min = Mínimo
search-price-max = Máximo
search-price-apply = Aplicar
search-price-invalid = Escribe un importe como { $example }
search-price-order = El precio máximo no puede ser inferior al mínimo.
search-ships-to = Envía a
search-ships-anywhere = Cualquier destino
