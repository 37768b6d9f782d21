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