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
