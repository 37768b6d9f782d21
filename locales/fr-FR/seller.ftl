# The seller center's screens (loaded when the seller center opens).

seller-center-title = Espace vendeur

## Seller center: frame, session and shared states (issue 4)

seller-nav-label = Rubriques de l’espace vendeur
seller-nav-overview = Vue d’ensemble
seller-nav-listings = Annonces
seller-nav-documents = Licences et marques
seller-new-listing = Nouvelle annonce
seller-overview-title = Votre boutique
seller-shop-status-pending = En cours d’examen
seller-shop-status-approved = Approuvée
seller-shop-status-rejected = Refusée
seller-sign-in-needed = Connectez-vous avec votre compte vendeur pour ouvrir l’espace vendeur.
seller-sign-in = Se connecter
seller-register-instead = S’inscrire comme vendeur
seller-not-a-seller = Ce compte est un compte acheteur. L’espace vendeur nécessite un compte vendeur.
seller-sign-out-to-register = Se déconnecter et s’inscrire comme vendeur
seller-signed-in-as = Vous êtes connecté en tant que { $email }.
seller-no-shop-yet = Vous n’avez pas encore ouvert votre boutique.
seller-open-shop = Ouvrir votre boutique
seller-see-application = Voir votre demande
seller-choose = Choisir…
seller-error-network = Impossible de joindre Caravan. Votre travail est conservé sur cet appareil ; nous réessaierons.
seller-number-invalid = Saisissez un nombre, par exemple 12,50.
seller-rules-unavailable = Les règles de la plateforme n’ont pas pu être chargées : les problèmes ne s’afficheront qu’à l’enregistrement.
verdict-block = Bloque la publication :
verdict-warn = Avertissement :

## Seller center: onboarding (journey 1)

seller-onboarding-title = Ouvrez votre boutique
seller-account-title = Créez votre compte vendeur
seller-account-intro = Votre compte vendeur vous connecte à l’espace vendeur. Les informations sur l’entreprise viennent ensuite.
seller-account-name = Votre nom
seller-account-email = Adresse e-mail
seller-account-password = Mot de passe
seller-account-password-hint = Au moins 10 caractères. N’utilisez pas votre adresse e-mail.
seller-account-create = Créer le compte vendeur
seller-account-have-one = J’ai déjà un compte
seller-company-title = Entreprise
seller-company-name = Raison sociale enregistrée
seller-company-licence = Numéro d’immatriculation
seller-company-representative = Représentant légal
seller-company-country = Pays d’immatriculation
seller-contact-title = Contacts
seller-contact-email = Adresse e-mail de l’entreprise
seller-contact-phone = Téléphone du service client
seller-contact-emergency = Contact d’urgence (nom et téléphone)
seller-email-send-code = Envoyer un code de vérification
seller-email-resend = Envoyer un nouveau code
seller-email-code-sent = Nous avons envoyé un code à 6 chiffres à { $email }. Il est valable 15 minutes.
seller-email-code = Code de vérification
seller-email-verify = Vérifier
seller-email-verified = Adresse e-mail vérifiée.
seller-business-title = Activité
seller-account-type = Type de compte
seller-account-type-b2c = Vente aux particuliers (B2C)
seller-account-type-b2b = Vente aux entreprises (B2B)
seller-main-category = Catégorie principale
seller-sales-regions = Régions de vente
seller-shop-name-title = Nom de la boutique
seller-shop-name = Nom de la boutique
seller-shop-name-hint = De 4 à 64 caractères. Aucune marque pour laquelle vous n’êtes pas autorisé, aucun mot sensible.
seller-shop-name-checking = Vérification de la disponibilité du nom…
seller-shop-name-available = Ce nom est disponible.
seller-shop-name-taken = Une autre boutique utilise déjà ce nom ou un nom qui lui ressemble.
seller-apply = Soumettre pour examen
seller-apply-again = Corriger et soumettre à nouveau
seller-review-pending-title = Votre demande est en cours d’examen
seller-review-pending-body = La plateforme vérifie les informations de votre entreprise, en général sous 2 jours ouvrés. Vous pouvez préparer des annonces en attendant ; elles pourront être publiées une fois la boutique approuvée.
seller-review-approved-title = Votre boutique est ouverte
seller-review-approved-body = Votre boutique est approuvée. Créez des annonces et publiez-les dans le catalogue.
seller-review-rejected-title = Votre demande a été refusée
seller-review-rejected-body = Lisez le motif ci-dessous, corrigez vos informations et soumettez à nouveau.
seller-review-reason = Motif donné par la plateforme
seller-first-listing = Créez votre première annonce
seller-field-display-name-length = Utilisez de 1 à 60 caractères.
seller-field-email-invalid = Saisissez une adresse comme nom@exemple.com.
seller-field-code-wrong = Ce code n’est pas le bon. Vérifiez l’e-mail et réessayez.
seller-field-code-expired = Ce code a expiré. Demandez-en un nouveau.
seller-field-code-none = Demandez d’abord un code pour cette adresse.
seller-field-password-too-short = Le mot de passe est trop court : utilisez au moins 10 caractères.
seller-field-password-too-long = Le mot de passe est trop long : utilisez au plus 128 caractères.
seller-field-password-too-common = Ce mot de passe est trop courant. Choisissez-en un autre.
seller-field-password-contains-email = Le mot de passe ne doit pas contenir votre adresse e-mail.
seller-field-reference-length = Indiquez le numéro du document ou une description de 4 à 200 caractères.
seller-field-document-name-invalid = Utilisez le nom de la liste, ou la marque telle qu’elle figure sur le certificat.
seller-field-reason-length = Expliquez la décision en 10 à 1 000 caractères.

## Seller center: listing editor (journeys 2 and 3)

seller-editor-title-new = Nouvelle annonce
seller-editor-title-edit = Modifier l’annonce
seller-editor-basics = Produit
seller-editor-title = Titre
seller-editor-title-hint = Le mot principal, puis les caractéristiques et l’usage, par ex. « Gourde en acier 750 ml pour la randonnée ».
seller-editor-brand = Marque
seller-editor-brand-hint = Laissez vide pour un produit sans marque. Les produits de marque nécessitent une autorisation de la marque enregistrée.
seller-editor-description = Description
seller-editor-description-hint = Les scripts, formulaires et liens vers d’autres sites sont supprimés. Pas de coordonnées.
seller-editor-category = Catégorie
seller-editor-category-none = Aucune catégorie choisie pour l’instant.
seller-editor-category-search = Rechercher une catégorie
seller-editor-category-no-match = Aucune catégorie ne correspond.
seller-editor-attributes = Caractéristiques
seller-editor-attribute-name = Nom de la caractéristique
seller-editor-attribute-value = { $name }
seller-editor-attribute-add = Ajouter une caractéristique
seller-editor-attribute-add-required = Ajouter les caractéristiques exigées par cette catégorie
seller-editor-attribute-remove = Supprimer la caractéristique
seller-editor-images = Photos
seller-editor-images-hint = Jusqu’à { $max } photos JPEG, PNG ou WebP, de { $size } Mo au plus chacune ; carrées, d’au moins 800 × 800 pixels.
seller-image-add = Ajouter des photos
seller-image-alt = Photo { $number }
seller-image-earlier = Avancer la photo { $number }
seller-image-later = Reculer la photo { $number }
seller-image-remove = Supprimer la photo { $number }
seller-image-uploading = Envoi de { $count ->
        [one] { $count } photo…
       *[other] { $count } photos…
    }
seller-image-refused-size = { $name } pèse { $size } Mo ; une photo peut peser au plus { $max } Mo. Elle n’a pas été envoyée.
seller-image-refused-type = { $name } n’est pas une photo JPEG, PNG ou WebP. Elle n’a pas été envoyée.
seller-image-refused-count = Une annonce compte au plus { $max } photos ; les autres n’ont pas été envoyées.
seller-image-too-large = La photo dépasse 5 Mo.
seller-image-wrong-type = Seules les photos JPEG, PNG et WebP sont acceptées.
seller-image-too-many-pixels = La photo a trop de pixels. Utilisez-en une plus petite.
seller-image-unreadable = La photo n’a pas pu être lue. Essayez un autre fichier.
seller-image-not-uploaded = Envoyez de nouveau la photo : les annonces n’affichent que des photos enregistrées sur Caravan.
seller-editor-pricing = Prix, stock et variantes
seller-editor-currency = Devise
seller-editor-variants = Variantes
seller-editor-variants-hint = Jusqu’à 3 propriétés, comme la couleur ou la taille. Chaque combinaison de leurs valeurs est une variante avec son propre prix et son propre stock.
seller-editor-property-name = Propriété { $number }
seller-editor-property-values = Valeurs, séparées par des virgules
seller-editor-property-add = Ajouter une propriété
seller-editor-property-remove = Supprimer la propriété
seller-editor-skus = Variantes avec prix et stock
seller-sku-variant = Variante
seller-sku-single = Toutes
seller-sku-code = Référence SKU
seller-sku-price = Prix
seller-sku-discount = Prix soldé
seller-sku-stock = Stock
seller-sku-image = Photo
seller-sku-image-none = Aucune
seller-sku-code-of = Référence SKU de { $variant }
seller-sku-price-of = Prix de { $variant }
seller-sku-discount-of = Prix soldé de { $variant }
seller-sku-stock-of = Stock de { $variant }
seller-sku-image-of = Photo de { $variant }
seller-editor-shipping = Colis et expédition
seller-editor-weight = Poids du colis (kg)
seller-editor-length = Longueur (cm)
seller-editor-width = Largeur (cm)
seller-editor-height = Hauteur (cm)
seller-editor-handling = Délai d’expédition (jours)
seller-editor-template = Modèle d’expédition
seller-editor-no-templates = Votre boutique n’a pas encore de modèle d’expédition.
seller-field-template-not-yours = Choisissez l’un des modèles d’expédition de votre boutique.
seller-editor-save = Enregistrer maintenant
seller-editor-publish = Publier
seller-editor-republish = Publier les modifications
seller-editor-republish-hint = Les modifications enregistrées n’apparaissent dans la boutique qu’une fois publiées.
seller-editor-unpublish = Retirer de la vente
seller-editor-view-in-shop = Voir dans la boutique
seller-listing-status-draft = Brouillon : hors boutique
seller-listing-status-published = Publiée : en boutique
seller-listing-status-suspended = Suspendue par la plateforme
seller-summary-ready = Rien n’empêche la publication
seller-summary-blocked = { $count ->
        [one] { $count } problème empêche la publication
       *[other] { $count } problèmes empêchent la publication
    }
seller-summary-warnings = { $count ->
        [one] { $count } avertissement ; vous pouvez tout de même publier.
       *[other] { $count } avertissements ; vous pouvez tout de même publier.
    }
seller-save-new = Pas encore enregistrée. Votre travail est conservé sur cet appareil pendant la saisie.
seller-save-idle = Toutes les modifications sont enregistrées.
seller-save-pending = Modifications non enregistrées, conservées sur cet appareil ; enregistrement dès que vous faites une pause.
seller-save-saving = Enregistrement…
seller-save-saved = Toutes les modifications sont enregistrées.
seller-save-offline = Hors ligne : les modifications restent sur cet appareil et seront enregistrées au retour de la connexion.
seller-save-conflict = Non enregistrée : cette annonce a été modifiée ailleurs.
seller-conflict-title = Cette annonce a été enregistrée dans un autre onglet ou sur un autre appareil
seller-conflict-body = Votre enregistrement a été refusé car l’annonce est désormais à la version { $version } et vos modifications partent de la version { $mine }. Rien de ce que vous avez saisi n’est perdu : choisissez ce que vous gardez.
seller-conflict-compare = Comparer les versions
seller-conflict-use-theirs = Charger la version enregistrée
seller-conflict-keep-mine = Garder ma version et l’enregistrer
seller-other-tab-title = Enregistrée dans un autre onglet
seller-other-tab-body = Un autre onglet a enregistré la version { $version } de cette annonce alors que vous avez ici des modifications non enregistrées.
seller-compare-caption = Version enregistrée { $version } comparée à la vôtre
seller-compare-field = Champ
seller-compare-theirs = Version enregistrée
seller-compare-mine = Votre version
seller-compare-same = Les versions sont identiques.
seller-restore-offer = Des modifications non enregistrées de cette annonce provenant d’une autre fenêtre ont été trouvées ({ $time }).
seller-restore = Les restaurer
seller-restore-discard = Les abandonner
seller-restored = Vos modifications non enregistrées du { $time } ont été restaurées.

## Seller center: listings table (journey 4)

seller-listings-title = Annonces
seller-listings-search = Rechercher par titre ou numéro
seller-listings-status = Statut
seller-listings-status-all = Tous
seller-status-draft = Brouillon
seller-status-published = Publiée
seller-status-suspended = Suspendue
seller-listings-count = { $count ->
        [one] { $count } annonce
       *[other] { $count } annonces
    }
seller-listings-empty = Aucune annonce ne correspond. Modifiez la recherche ou le statut, ou créez une annonce.
seller-listings-untitled = (brouillon sans titre)
seller-listings-col-listing = Annonce
seller-listings-col-status = Statut
seller-listings-col-price = Prix
seller-listings-col-stock = Stock
seller-listings-col-verdicts = Contrôle des règles
seller-listings-price-of = Prix de { $title }
seller-listings-stock-of = Stock de { $title }
seller-listings-price-from = à partir de { $price }
seller-listings-stock-variants = { $stock } répartis sur { $count } variantes
seller-listings-blocks = Problèmes qui empêchent la publication
seller-listings-blocks-count = { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
seller-listings-warns-count = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
seller-bulk-label = Actions groupées
seller-bulk-selected = { $count ->
        [one] { $count } sélectionnée
       *[other] { $count } sélectionnées
    }
seller-bulk-select-all = Sélectionner toutes les annonces affichées
seller-bulk-select = Sélectionner { $title }
seller-bulk-publish = Publier
seller-bulk-unpublish = Retirer de la vente
seller-bulk-published = Publiées : { $done }. Refusées : { $refused } (ouvrez une annonce pour voir pourquoi).
seller-bulk-unpublished = Retirées : { $done }. Refusées : { $refused }.

## Seller center: licences and brands (journey 9)

seller-documents-title = Licences et marques
seller-documents-intro = Certains produits nécessitent une licence (alcool, dispositifs médicaux), certaines catégories une qualification (cosmétiques) et les produits de marque une autorisation de la marque. Les annonces concernées peuvent être publiées une fois ces documents approuvés par la plateforme.
seller-documents-submit-title = Soumettre un document
seller-documents-kind = Type
seller-documents-kind-licence = Licence pour produits réglementés
seller-documents-kind-qualification = Qualification de catégorie
seller-documents-kind-brand = Autorisation de marque ou certificat d’enregistrement
seller-documents-name = Nom
seller-documents-brand = Marque
seller-documents-reference = Numéro ou description du document
seller-documents-reference-hint = Par exemple le numéro de licence et l’autorité qui l’a délivrée.
seller-documents-submit = Soumettre pour examen
seller-documents-submitted = Document soumis. La plateforme examine les documents sous 2 jours ouvrés.
seller-documents-none = Aucun document enregistré pour l’instant.
seller-documents-on-file = { $count ->
        [one] { $count } document enregistré
       *[other] { $count } documents enregistrés
    }
seller-documents-status = Examen
seller-documents-reason = Motif : { $reason }

## Seller center: orders and disputes (journeys 5 and 6)

seller-nav-orders = Commandes
seller-nav-disputes = Litiges
seller-orders-new-count = { $count ->
        [one] { $count } nouvelle commande
       *[other] { $count } nouvelles commandes
    }
seller-duration-days = { $days } j { $hours } h { $minutes } min
seller-duration-hours = { $hours } h { $minutes } min { $seconds } s
seller-ship-left = À expédier sous { $time }
seller-ship-overdue = En retard de { $time }
seller-ship-overdue-now = En retard : non expédiée à temps
seller-order-status-awaiting-payment = En attente de paiement
seller-order-status-paid = À expédier
seller-order-status-shipped = Expédiée
seller-order-status-delivered = Livrée
seller-order-status-completed = Terminée
seller-order-status-cancelled = Annulée
seller-order-status-expired = Non payée à temps
seller-orders-title = Commandes
seller-orders-views = Listes de commandes
seller-orders-to-ship = À expédier
seller-orders-all = Toutes les commandes
seller-orders-status = Statut
seller-orders-any-status = Tous les statuts
seller-orders-to-ship-hint = Les commandes payées qui vous attendent, l’échéance d’expédition la plus proche d’abord. Expédiez dans le délai de préparation et saisissez le numéro de suivi, sinon la commande compte comme vendue mais non expédiée.
seller-orders-none-to-ship = Rien à expédier pour le moment.
seller-orders-none = Aucune commande ici pour l’instant.
seller-orders-count = { $count ->
        [one] { $count } commande
       *[other] { $count } commandes
    }
seller-orders-more = Afficher plus de commandes
seller-orders-new = Nouvelle
seller-orders-units = { $count ->
        [one] ({ $count } article)
       *[other] ({ $count } articles)
    }
seller-order-number = Commande { $id }
seller-order-back = Retour aux commandes
seller-order-facts = Détails de la commande
seller-order-placed = Passée le
seller-order-paid = Payée le
seller-order-buyer = Acheteur
seller-order-country = Livraison vers
seller-order-ship-by = À expédier avant le
seller-order-shipment = Expédition
seller-order-items = Articles
seller-order-line-quantity = { $count } × { $price }
seller-order-items-total = Articles
seller-order-discount = Remise
seller-order-shipping = Livraison
seller-order-total = Total
seller-order-address = Adresse de livraison
seller-ship-title = Expédier cette commande
seller-ship-intro = Remettez le colis au transporteur, puis saisissez son numéro de suivi. L’acheteur est prévenu aussitôt.
seller-ship-class = Classe logistique
seller-ship-tracking = Numéro de suivi
seller-ship-tracking-hint = De 6 à 40 lettres, chiffres ou tirets, comme sur l’étiquette du transporteur.
seller-ship-carrier = Transporteur (facultatif)
seller-ship-submit = Marquer comme expédiée
seller-ship-done = Expédiée. L’acheteur peut désormais suivre le colis.
seller-ship-back-to-queue = Retour aux commandes à expédier
seller-ship-tracking-invalid = Saisissez le numéro comme sur l’étiquette : de 6 à 40 lettres, chiffres ou tirets.
seller-ship-carrier-invalid = Le nom du transporteur ne peut pas dépasser 60 caractères.
seller-ship-not-shippable = Cette commande ne peut plus être expédiée : elle a été expédiée ou annulée entre-temps.
seller-disputes-title = Litiges
seller-disputes-intro = Répondez à chaque nouveau litige sous 5 jours, sinon il est clos en faveur de l’acheteur et compte contre votre boutique.
seller-disputes-none = Aucun litige. Bravo !
seller-disputes-count = { $count ->
        [one] { $count } litige
       *[other] { $count } litiges
    }
seller-dispute-number = Litige { $id } sur la commande { $order }
seller-dispute-order-total = Total de la commande : { $amount }
seller-dispute-back = Retour aux litiges
seller-dispute-stage = Où en est le litige
seller-dispute-stage-awaiting = Attend votre réponse
seller-dispute-stage-negotiating = En négociation
seller-dispute-stage-arbitration = Chez Caravan
seller-dispute-stage-resolved = Clos
seller-respond-left = Encore { $time } pour répondre
seller-respond-overdue = Le délai de réponse a expiré il y a { $time }
seller-dispute-answer-by = Répondez avant le { $date }.
seller-dispute-answer-hint = Un message ou une offre vaut réponse. Sans réponse, le litige est clos en faveur de l’acheteur.
seller-dispute-negotiating = Vous avez répondu. Mettez-vous d’accord avec l’acheteur ou demandez à Caravan de trancher.
seller-dispute-arbitration = Caravan examine les preuves des deux parties et tranchera avant le { $date }.
seller-dispute-arbitration-pending = Caravan examine les preuves des deux parties.
seller-dispute-outcome-seller-accepted = Réglé : vous avez accepté la demande de l’acheteur. Remboursé : { $amount }.
seller-dispute-outcome-buyer-accepted = Réglé : l’acheteur a accepté votre offre. Remboursé : { $amount }.
seller-dispute-outcome-timeout = Clos en faveur de l’acheteur : pas de réponse à temps. Remboursé : { $amount }.
seller-dispute-outcome-for-buyer = Caravan a tranché en faveur de l’acheteur. Remboursé : { $amount }.
seller-dispute-outcome-for-seller = Caravan a tranché en votre faveur. Rien n’a été remboursé.
seller-dispute-outcome-withdrawn = L’acheteur a retiré le litige.
seller-dispute-decision-reason = Motifs de Caravan :
seller-dispute-claim = La réclamation de l’acheteur
seller-dispute-reason = Problème
seller-dispute-reason-not-received = Non reçu
seller-dispute-reason-not-as-described = Non conforme à la description
seller-dispute-counterfeit = semble contrefait
seller-dispute-damaged = arrivé endommagé
seller-dispute-requested = Demande
seller-dispute-order = Commande
seller-dispute-opened = Ouvert le
seller-remedy-full-refund = Un remboursement total
seller-remedy-partial-refund = Un remboursement partiel
seller-remedy-partial-refund-of = Un remboursement partiel de { $amount }
seller-remedy-resend = Renvoyer l’article
seller-dispute-buyer-asks = L’acheteur demande
seller-dispute-accept = Accepter la demande de l’acheteur
seller-dispute-escalate = Demander à Caravan de trancher
seller-dispute-escalate-hint = Faute d’accord, Caravan examine les preuves des deux parties et tranche sous 7 jours ouvrés.
seller-dispute-thread = Messages et historique
seller-dispute-by-buyer = Acheteur
seller-dispute-by-you = Vous
seller-dispute-by-caravan = Caravan
seller-dispute-event-opened = a ouvert le litige
seller-dispute-event-message = a écrit
seller-dispute-event-offer = a fait une offre
seller-dispute-event-accepted = a accepté l’offre
seller-dispute-event-escalated = a demandé à Caravan de trancher
seller-dispute-event-decided = a tranché
seller-dispute-event-timed-out = le délai de réponse a expiré
seller-dispute-event-withdrawn = a retiré le litige
seller-dispute-message-title = Répondre à l’acheteur
seller-dispute-message = Votre message
seller-dispute-message-required = Écrivez d’abord un message.
seller-dispute-message-send = Envoyer le message
seller-evidence-label = Photos justificatives
seller-evidence-hint = JPEG, PNG ou WebP, 5 Mo maximum chacune, { $count } au plus.
seller-evidence-uploading = Envoi en cours…
seller-evidence-too-many = Vous pouvez ajouter au plus { $count } photos.
seller-evidence-too-large = Cette photo dépasse 5 Mo. Choisissez-en une plus petite.
seller-evidence-wrong-type = Ce fichier n’est pas une image JPEG, PNG ou WebP.
seller-evidence-picture = Photo justificative { $number }
seller-evidence-remove = Retirer la photo { $number }
seller-offer-title = Faire une offre
seller-offer-kind = Ce que vous proposez
seller-offer-amount = Remboursement en { $currency }
seller-offer-amount-hint = Moins que le total de la commande, { $total } ; par exemple 5,50.
seller-offer-amount-invalid = Saisissez un montant supérieur à zéro et inférieur à { $total }, par exemple 5,50.
seller-offer-amount-refused = Caravan ne peut pas rembourser ce montant pour cette commande. Saisissez-en un plus petit.
seller-offer-note = Note pour l’acheteur (facultatif)
seller-offer-send = Envoyer l’offre
seller-dispute-error-closed = Ce litige est clos.
seller-dispute-error-wrong-step = Ce n’est pas possible à cette étape du litige.
seller-dispute-error-escrow = Caravan ne détient plus le paiement de cette commande.

## Seller center: promotions, service score, penalties and appeals (journeys 7 and 8)

seller-nav-promotions = Promotions
seller-nav-service = Note de service
seller-nav-penalties = Sanctions
seller-save-held = Non enregistré : une promotion approuvée interdit cette modification (voir les champs marqués PRM-2). Elle est conservée sur cet appareil.
seller-editor-promotion-frozen = Cette annonce fait partie d’une promotion approuvée. Jusqu’à sa fin, vous ne pouvez ni augmenter un prix ou les frais de port, ni modifier la description, ni retirer l’annonce du catalogue (PRM-2).
seller-editor-promotion-until = « { $name } » jusqu’au { $end }
seller-editor-unpublish-promotion = Une annonce d’une promotion approuvée reste au catalogue jusqu’à la fin de la promotion.
seller-promo-title = Promotions
seller-promo-intro = Proposez une remise sur la période de votre choix ou participez à une vente flash. Une promotion ne démarre qu’après l’approbation de la plateforme ; une fois approuvée, ses prix, son stock et sa description sont figés jusqu’à la fin.
seller-promo-apply-title = Demander une promotion
seller-promo-name = Nom de la promotion
seller-promo-kind = Type
seller-promo-kind-discount = Remise
seller-promo-kind-flash = Vente flash ({ $hours } heures)
seller-promo-kind-flash-short = Vente flash
seller-promo-discount = Ce qui est déduit
seller-promo-discount-percent = Un pourcentage du prix
seller-promo-discount-fixed = Un montant fixe
seller-promo-percent = Pourcentage de remise
seller-promo-percent-hint = Un nombre entier de 1 à 90.
seller-promo-amount = Montant de la remise ({ $currency })
seller-promo-amount-hint = Déduit de chaque unité ; il doit rester inférieur au prix de chaque variante choisie.
seller-promo-starts = Début
seller-promo-ends = Fin
seller-promo-session = Session flash
seller-promo-session-hint = Les sessions durent { $hours } heures et commencent à heures fixes chaque jour ; chacune accueille au plus 10 produits.
seller-promo-items = Produits
seller-promo-add-listing = Ajouter une annonce publiée
seller-promo-items-none = Aucun produit pour l’instant. Ajoutez une annonce : toutes ses variantes sont ajoutées et vous pouvez retirer celles que vous ne voulez pas.
seller-promo-item-facts = Prix { $price } · { $stock } en stock
seller-promo-stock = Stock de la promotion pour { $sku }
seller-promo-remove = Retirer { $sku }
seller-promo-remove-short = Retirer
seller-promo-submit = Demander l’approbation
seller-promo-clear = Recommencer
seller-promo-sent = « { $name } » a été envoyée pour approbation.
seller-promo-list-title = Vos promotions
seller-promo-none = Aucune promotion pour l’instant.
seller-promo-status-pending = En attente d’approbation
seller-promo-status-scheduled = Approuvée, commence plus tard
seller-promo-status-active = En cours
seller-promo-status-ended = Terminée
seller-promo-status-rejected = Refusée
seller-promo-status-withdrawn = Retirée
seller-promo-off-percent = { $percent } % de remise
seller-promo-off-amount = { $amount } de remise
seller-promo-period = Du { $start } au { $end }
seller-promo-skus = { $count ->
        [one] 1 variante
       *[other] { $count } variantes
    }
seller-promo-removed = { $count ->
        [one] (1 retirée à la suite d’une sanction)
       *[other] ({ $count } retirées à la suite d’une sanction)
    }
seller-promo-frozen-hint = Approuvée : jusqu’à la fin, les prix, les frais de port et la description de ces annonces sont figés, et le stock de la promotion comme la remise ne peuvent qu’augmenter (PRM-2).
seller-promo-withdraw = Retirer
seller-promo-withdraw-pending-note = Retirer cette demande ? Elle n’est pas encore approuvée, il ne se passe donc rien d’autre.
seller-promo-withdraw-approved-warning = Cette promotion est approuvée. La quitter maintenant enfreint PRM-2 : ses produits sont retirés et votre boutique est exclue des promotions pendant 6 mois.
seller-promo-withdraw-confirm = Retirer quand même
seller-promo-withdraw-keep = La garder
seller-promo-error-name-length = Donnez à la promotion un nom de 1 à 80 caractères.
seller-promo-error-required = Remplissez ce champ.
seller-promo-error-in-past = Le début ne peut pas être dans le passé.
seller-promo-error-not-a-session = Choisissez l’une des prochaines sessions flash.
seller-promo-error-period = Une remise dure de 1 heure à 90 jours après son début.
seller-promo-error-percent = Déduisez entre 1 et 90 pour cent.
seller-promo-error-amount = Déduisez au moins la plus petite unité de la devise.
seller-promo-error-amount-too-large = Le montant doit rester inférieur au prix de chaque variante choisie.
seller-promo-error-stock = Le stock de la promotion va de 1 au stock de la variante.
seller-promo-error-count = Ajoutez de 1 à 100 variantes.
seller-promo-error-duplicate = Cette variante figure deux fois.
seller-promo-error-not-published = Seules vos annonces publiées peuvent rejoindre une promotion.
seller-promo-error-mixed-currency = Toutes les annonces d’une promotion doivent avoir un prix dans la même devise.
seller-promo-error-unknown-sku = L’annonce n’a plus cette variante.
seller-promo-error-in-promotion = Cette variante est déjà dans une autre promotion à cette période.
seller-service-title = Note de service
seller-service-intro = Comment les acheteurs notent votre boutique et avec quelle fiabilité elle les sert, sur les 90 derniers jours. La plateforme évalue ces chiffres et peut sanctionner une boutique dont les mesures dépassent les limites.
seller-service-window = Commandes passées du { $start } au { $end }
seller-service-assessment = Évaluation
seller-service-meter-title = { $orders } commandes sur les 90 derniers jours ; une boutique est évaluée à partir de { $min } commandes.
seller-service-threshold = { $min } commandes : évaluée
seller-service-assessed = Votre boutique a assez de commandes pour être évaluée (SRV-7).
seller-service-not-assessed = Votre boutique est encore en croissance : elle sera évaluée à partir de { $min } commandes en 90 jours, soit { $missing } de plus qu’aujourd’hui (SRV-7).
seller-service-counted = { $orders } commandes payées, { $counted } comptées, { $excluded } écartées.
seller-service-dsr-title = Notes détaillées du vendeur
seller-service-dsr-count = { $count ->
        [one] Sur 1 commande notée.
       *[other] Sur { $count } commandes notées.
    }
seller-service-no-ratings = Pas encore de notes
seller-service-stars = { $value } / 5
seller-service-percent = { $value } %
seller-service-described = Article conforme à la description
seller-service-described-help = La marchandise correspond-elle au texte et aux photos de l’annonce ? L’acheteur note de 1 à 5.
seller-service-communication = Communication
seller-service-communication-help = L’utilité et la rapidité de vos réponses, de 1 à 5.
seller-service-shipping = Rapidité d’expédition
seller-service-shipping-help = La rapidité d’expédition de la commande, de 1 à 5.
seller-service-positive = Avis positifs
seller-service-positive-help = Part des notes de commande à 4 ou 5 étoiles.
seller-service-trend-title = Notes détaillées du vendeur, semaine par semaine
seller-service-trend-desc = Note moyenne de 1 à 5 étoiles pour chacune des { $weeks } semaines ; { $rated } ont des notes. Une semaine sans note laisse un vide.
seller-service-point = { $series }, semaine du { $week } : { $value } / 5
seller-service-measures-title = Mesures de service
seller-service-bars-title = Nombre de fois où chaque problème s’est produit sur les 90 derniers jours
seller-service-rate = ({ $rate } % des commandes comptées)
seller-service-bad-reviews = Mauvais avis
seller-service-bad-reviews-help = Commandes notées 3 étoiles ou moins.
seller-service-bad-dsr = Mauvaises notes détaillées
seller-service-bad-dsr-help = « Conforme à la description » ou communication notées 3 ou moins, ou rapidité d’expédition notée 1 (l’expédition est jugée avec indulgence car vous la maîtrisez moins).
seller-service-bad-described = Mauvaises notes « conforme à la description »
seller-service-bad-communication = Mauvaises notes de communication
seller-service-bad-shipping = Mauvaises notes d’expédition
seller-service-not-shipped = Vendues mais non expédiées
seller-service-not-shipped-help = Commandes payées non expédiées à temps.
seller-service-arbitration = Portées en arbitrage
seller-service-arbitration-help = Litiges transmis à la plateforme pour décision.
seller-service-timeouts = Réponses aux litiges manquées
seller-service-timeouts-help = Litiges auxquels vous n’avez pas répondu à temps.
seller-service-excluded = Écartées
seller-service-excluded-help = Les commandes dont le litige « non reçu » a été clos ne comptent pas, ni leurs avis, quel que soit le bénéficiaire du remboursement.
seller-service-findings = Au-dessus des limites
seller-penalties-title = Sanctions et recours
seller-penalties-intro = Chaque sanction indique la règle, les faits et jusqu’à quand elle s’applique. Vous pouvez former un recours jusqu’à la date limite ; la plateforme lève alors la sanction ou la maintient.
seller-penalties-none = Votre boutique n’a aucune sanction.
seller-standing-title = Ce que votre boutique peut faire maintenant
seller-standing-can-sell = Vos annonces sont au catalogue et peuvent être achetées.
seller-standing-cannot-sell = Les ventes sont suspendues : vos annonces ne peuvent pas être achetées.
seller-standing-can-publish = Vous pouvez publier des annonces.
seller-standing-cannot-publish = Vous ne pouvez pas publier d’annonces.
seller-standing-can-promote = Vous pouvez demander des promotions.
seller-standing-cannot-promote = Vous ne pouvez pas demander de promotions.
seller-standing-ban-until = Exclue des promotions jusqu’au { $date }.
seller-standing-ip = Dossier de propriété intellectuelle : { $points } points, { $serious } infractions graves.
seller-penalty-level-warning = Avertissement
seller-penalty-level-restricted = Opérations restreintes
seller-penalty-level-suspended = Ventes suspendues
seller-penalty-level-ended = Collaboration terminée
seller-penalty-level-promotion-ban = Exclue des promotions
seller-penalty-status-active = En vigueur
seller-penalty-status-expired = Expirée
seller-penalty-status-lifted = Levée
seller-penalty-reason = Motif
seller-penalty-issued = Prononcée le
seller-penalty-expiry = S’applique jusqu’au
seller-penalty-expires = { $date }
seller-penalty-no-expiry = Sans date de fin
seller-penalty-automated = décidée automatiquement
seller-penalty-by-staff = décidée par l’équipe de la plateforme
seller-penalty-statement = Exposé des motifs
seller-penalty-policy = Règles appliquées : politique { $version }.
seller-penalty-lift-reason = Levée : { $reason }
seller-appeal-title = Recours
seller-appeal-status-pending = En cours d’examen
seller-appeal-status-lifted = Accepté : la sanction a été levée
seller-appeal-status-upheld = Rejeté : la sanction est maintenue
seller-appeal-label = Pourquoi cette sanction devrait-elle être levée ?
seller-appeal-hint = Exposez les faits en 10 à 2 000 caractères. Vous pouvez former un recours jusqu’au { $date }.
seller-appeal-submit = Envoyer le recours
seller-appeal-closed = Le délai de recours a expiré le { $date }.
seller-appeal-error-length = Écrivez entre 10 et 2 000 caractères.
