# La boutique : catalogue et page produit.

home-title = Boutique Caravan
home-popular = Populaire en ce moment
categories-label = Catégories
categories-all = Tout
catalogue-empty = Rien ici pour l’instant. Essayez une autre catégorie.
catalogue-show-more = Voir plus
price-was = Avant
listing-free-shipping = Livraison gratuite
listing-new = Nouveau
listing-rating = Noté { $rating } sur 5
listing-orders =
    { $count ->
        [one] { $count } commande
       *[other] { $count } commandes
    }
breadcrumbs-label = Catégorie
gallery-label = Photos du produit
gallery-show-image = Afficher la photo { $number }
product-combination-unavailable = Cette combinaison n’est pas disponible
product-in-stock =
    { $count ->
        [one] Plus que { $count } en stock
       *[other] { $count } en stock
    }
product-out-of-stock = En rupture de stock
product-shipping = Livraison
product-delivery-days = { $min }–{ $max } jours
product-specifications = Caractéristiques
product-description = Description
logistics-economy = Économique
logistics-standard = Express standard
logistics-commercial = Express commercial
logistics-overseas-warehouse = Entrepôt à l’étranger
shop-ships-from = Expédié depuis { $country }
shop-return-policy = Retours et remboursements
price-approximate = Prix approximatif, converti depuis { $amount }
product-charged-in = Vous êtes débité en { $currency } : { $amount }
product-converted-at = Les montants dans d’autres devises sont approximatifs, au taux de référence du { $date }.

# Search
search-label = Rechercher
search-placeholder = Rechercher des produits
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
