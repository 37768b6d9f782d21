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
logistics-economy = Économique
logistics-standard = Express standard
logistics-commercial = Express commercial
logistics-overseas-warehouse = Entrepôt à l’étranger
price-approximate = Prix approximatif, converti depuis { $amount }

# Search
search-label = Rechercher
search-placeholder = Rechercher des produits