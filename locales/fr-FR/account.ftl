# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = Votre compte

# Sign-in, registration and the account overview (buyer helper).
form-error-network = Impossible de joindre Caravan. Vérifiez votre connexion et réessayez.
form-show-password = Afficher
field-error-required = Remplissez ce champ.
field-error-invalid = Vérifiez ce champ.
field-error-email-invalid = Saisissez une adresse e-mail comme nom@exemple.com.
field-error-email-taken = Un compte existe déjà avec cet e-mail. Connectez-vous plutôt.
field-error-password-too-short = Utilisez au moins 8 caractères.
field-error-password-too-long = Utilisez au plus 128 caractères.
field-error-password-too-common = Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.
field-error-password-contains-email = Le mot de passe ne doit pas contenir le nom de votre e-mail.
field-error-name-length = Utilisez de 1 à 60 caractères.
field-email = E-mail
field-password = Mot de passe
field-display-name = Nom
field-display-name-hint = Visible par les vendeurs et avec vos avis.
field-new-password-hint = Au moins 8 caractères. Une longue phrase est facile à retenir et difficile à deviner.
signin-title = Se connecter
signin-submit = Se connecter
signin-busy = Connexion…
signin-new-here = Nouveau sur Caravan ?
signin-create-account = Créer un compte
register-title = Créez votre compte
register-role = Que souhaitez-vous faire ?
register-role-buyer = Acheter
register-role-seller = Vendre sur Caravan
register-submit = Créer le compte
register-busy = Création de votre compte…
register-have-account = Vous avez déjà un compte ?
register-sign-in = Se connecter
account-profile = Profil
account-links = Vos achats
account-cart = Panier
account-seller-center = Espace vendeur
account-console = Console de la plateforme
account-sign-out = Se déconnecter

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = Enregistrer le nom
account-profile-saved = Votre nom est enregistré.
account-book-hint = Enregistrées dans votre compte : le paiement vous les propose sur chaque appareil où vous vous connectez.
account-book-empty = Aucune adresse enregistrée. Ajoutez-en une, ou l’adresse de votre prochaine commande sera gardée ici.
account-book-full = Votre carnet d’adresses est plein (20 adresses). Supprimez-en une pour en ajouter une autre.
account-address-add = Ajouter une adresse
account-address-new = Nouvelle adresse
account-address-editing = Modifier l’adresse
account-address-default-check = Utiliser cette adresse par défaut au paiement
account-address-save = Enregistrer l’adresse
account-address-cancel = Annuler
account-address-saved = Adresse enregistrée.
account-address-removed = Adresse supprimée.
account-address-default-set = Adresse par défaut modifiée.
account-address-gone = Cette adresse a été supprimée entre-temps. Enregistrez pour l’ajouter comme nouvelle adresse.
account-address-edit = Modifier l’adresse { $address }
account-address-edit-short = Modifier
account-address-make-default = Faire de { $address } l’adresse par défaut
account-address-make-default-short = Par défaut
account-device-addresses = { $count ->
    [one] Une adresse est enregistrée uniquement dans ce navigateur, d’avant votre connexion :
   *[other] { $count } adresses sont enregistrées uniquement dans ce navigateur, d’avant votre connexion :
}
account-device-keep = Garder dans mon compte
account-device-forget = Les oublier
account-preferences-hint = Enregistrées dans votre compte et appliquées quand vous vous connectez sur un autre appareil.
account-preferences-saved = Enregistré dans votre compte.
account-preferences-not-saved = Non enregistré dans votre compte.
address-default = Par défaut
address-postal-code-none = Ce pays n’a pas de codes postaux. Laissez vide.
address-country-invalid = Choisissez un pays dans la liste.
