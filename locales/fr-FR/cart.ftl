# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = Quantité
product-add-to-cart = Ajouter au panier
product-added =
    { $count ->
        [one] Ajouté. Votre panier en contient 1.
       *[other] Ajouté. Votre panier en contient { $count }.
    }
product-view-cart = Voir le panier
product-cart-full = Votre panier est plein. Passez commande ou retirez un article d’abord.
product-deal = Promo
product-flash-deal = Vente flash
quantity-fewer = Un de moins
quantity-more = Un de plus
cart-title =
    { $count ->
        [0] Panier
        [one] Panier (1 article)
       *[other] Panier ({ $count } articles)
    }
cart-empty = Votre panier est vide.
cart-continue = Continuer mes achats
cart-deliver-to = Livrer en
cart-pricing = Vérification des prix et de la livraison…
cart-quote-failed = Impossible de vérifier les prix et le stock pour le moment ; le panier affiche les prix que vous avez vus. Votre panier est enregistré.
cart-quantity-of = Quantité de { $item }
cart-remove-item = Retirer { $item }
cart-remove = Retirer
cart-accept-price = Accepter le nouveau prix
cart-take-available = Passer à { $count }
cart-cheapest-shipping = Choisir la livraison la moins chère
cart-summary = Récapitulatif
cart-fix-problems = Certains articles demandent votre attention avant la commande.
cart-checkout = Passer commande
cart-problem-unavailable = Cet article n’est plus disponible.
cart-problem-not-shipped = Cet article n’est pas livré en { $country }.
cart-problem-class-unavailable = Le mode de livraison choisi ne dessert pas { $country }.
cart-problem-out-of-stock = Épuisé.
cart-problem-over-stock =
    { $count ->
        [one] Plus qu’un seul en stock.
       *[other] Plus que { $count } en stock.
    }
cart-problem-over-limit = Au maximum { $count } par commande.
cart-problem-invalid-quantity = Choisissez une quantité d’au moins 1.
cart-problem-price-changed = Le prix est passé de { $was } à { $now }.
cart-problem-price-changed-plain = Le prix a changé.
cart-problem-duplicate = Cet article figure deux fois dans le panier.
cart-problem-own-listing = Cet article vient de votre propre boutique : vous ne pouvez pas l’acheter.
totals-items = Articles
totals-discount = Remises
totals-shipping = Livraison
totals-total = Total
totals-free = Gratuite
totals-charged = Vous êtes débité de { $amount } en { $currency }. Converti au taux de { $rate }, taux de référence du { $date }.

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days = { $min }–{ $max } jours
