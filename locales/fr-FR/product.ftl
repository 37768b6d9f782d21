# The product page's words: fetched with its code, the first time a product page opens.

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
product-specifications = Caractéristiques
product-description = Description
shop-ships-from = Expédié depuis { $country }
shop-return-policy = Retours et remboursements
product-charged-in = Vous êtes débité en { $currency } : { $amount }
product-converted-at = Les montants dans d’autres devises sont approximatifs, au taux de référence du { $date }.

# Gallery: swipe track, steps and position
gallery-track-label = Photos : faites glisser ou utilisez les flèches du clavier
gallery-thumbs-label = Choisir une photo
gallery-previous = Photo précédente
gallery-next = Photo suivante
gallery-position = { $number } / { $count }
gallery-position-spoken = Photo { $number } sur { $count }
gallery-picture-alt = { $title }, photo { $number } sur { $count }

# Ratings and reviews
reviews-title = Notes et avis
reviews-loading = Chargement des avis…
reviews-empty = Pas encore d’avis. Les acheteurs peuvent noter ce produit une fois leur commande terminée.
reviews-count =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
reviews-positive = { $percent } d’avis positifs
reviews-distribution = Notes par nombre d’étoiles
reviews-stars-row =
    { $stars ->
        [one] { $stars } étoile
       *[other] { $stars } étoiles
    }
reviews-item-stars =
    { $count ->
        [one] Noté { $count } étoile sur 5
       *[other] Noté { $count } étoiles sur 5
    }
reviews-variant = Variante : { $variant }
reviews-more = Plus d’avis
reviews-more-failed = Les avis suivants n’ont pas pu être chargés. Veuillez réessayer.
