# The search page's words: fetched with its code, the first time a search opens.

search-title = Recherche
search-title-query = Résultats pour « { $query } »
search-results =
    { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-empty = Aucun résultat pour « { $query } »
search-empty-hint = Vérifiez l’orthographe, essayez des mots moins nombreux ou plus généraux, ou retirez un filtre.
search-sort = Trier par
search-sort-relevance = Pertinence
search-sort-best-selling = Meilleures ventes
search-sort-newest = Nouveautés
search-sort-price-asc = Prix croissant
search-sort-price-desc = Prix décroissant
search-in-stock = En stock uniquement
search-min-rating = Note
search-rating-any = Toutes les notes
search-rating-at-least = { $rating }★ et plus
search-class = Livraison
search-class-any = Toutes les livraisons

# Price range and destination filters
search-price = Prix ({ $currency })
search-price-min = Minimum
search-price-max = Maximum
search-price-apply = Appliquer
search-price-invalid = Saisissez un montant comme { $example }
search-price-order = Le prix maximum ne peut pas être inférieur au minimum.
search-ships-to = Livre vers
search-ships-anywhere = Toutes destinations
