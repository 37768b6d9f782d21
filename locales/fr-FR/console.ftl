# The platform console's screens (loaded when the console opens).

console-title = Console de la plateforme

## Platform console: frame and review queues (issue 4)

console-nav-label = Rubriques de la console
console-nav-overview = Vue d’ensemble
console-nav-shops = Demandes de boutique
console-nav-documents = Licences et marques
console-nav-fx = Taux de change
console-sign-in-needed = Connectez-vous avec un compte de la plateforme pour utiliser la console.
console-sign-in = Se connecter
console-not-admin = Ce compte ne peut pas utiliser la console de la plateforme.
console-overview-title = Console de la plateforme
console-policy-title = Politique de règles
console-policy-version = La plateforme applique la version { $version } de la politique.
console-queue-shops = Demandes de boutique en attente : { $count }
console-queue-documents = Documents en attente : { $count }
console-queue-empty = Rien ici.
console-filter-status = Afficher
console-status-pending = En attente d’examen
console-status-approved = Approuvé
console-status-rejected = Refusé
console-shops-title = Demandes de boutique
console-shop-country = Pays
console-shop-company = Entreprise
console-shop-licence = Immatriculation
console-shop-representative = Représentant légal
console-shop-email = E-mail de l’entreprise
console-shop-email-verified = (vérifié)
console-shop-email-unverified = (non vérifié)
console-shop-phone = Téléphone du service client
console-shop-emergency = Contact d’urgence
console-shop-type = Type de compte
console-shop-category = Catégorie principale
console-shop-regions = Régions de vente
console-reject-reason = Motif, montré au vendeur
console-reject-reason-hint = Indiquez les faits et la règle qui fondent la décision, et ce que le vendeur peut changer.
console-reason-length = Expliquez la décision en 10 à 1 000 caractères.
console-approve = Approuver
console-reject = Refuser
console-rejected-because = Refusé : { $reason }
console-documents-title = Licences et marques
console-kind-licence = Licence
console-kind-qualification = Qualification
console-kind-brand = Autorisation de marque
console-document-shop = Numéro de boutique
console-document-reference = Référence
console-fx-title = Taux de change
console-fx-intro = Importez les taux de référence quotidiens de la Banque centrale européenne (eurofxref-daily.xml). Les acheteurs voient des prix convertis au taux du dernier jour ; les commandes enregistrent le taux appliqué.
console-fx-file = Fichier de taux
console-fx-xml = Ou collez le contenu du fichier
console-fx-import = Importer les taux
console-fx-imported = Taux du { $date } importés pour { $count } devises.
