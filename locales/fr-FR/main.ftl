# Textes communs : marque, navigation, états utilisés sur toutes les pages.

brand-name = Caravan
brand-tagline = Achetez dans le monde entier, livré chez vous
skip-to-content = Aller au contenu
loading = Chargement…
action-retry = Réessayer
error-load-failed = Impossible de charger cet élément. Vérifiez votre connexion et réessayez.
error-not-found = Nous n’avons pas trouvé ce que vous cherchiez. Il a peut-être été supprimé.
not-found-title = Page introuvable
not-found-body = La page demandée n’existe pas ou a changé d’adresse.
not-found-home = Retour à la boutique
language-label = Langue
currency-label = Devise
locale-load-failed = Impossible de charger { $language }. La page reste dans la langue actuelle.
fx-unavailable = Les taux de change sont indisponibles pour le moment : les prix sont affichés en dollars américains.
notice-dismiss = Fermer

# Header: account and cart links (buyer journeys).
header-shopper-label = Votre compte et votre panier
header-sign-in = Se connecter
header-cart =
    { $count ->
        [0] Panier vide
        [one] Panier, { $count } article
       *[other] Panier, { $count } articles
    }
