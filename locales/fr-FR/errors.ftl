# Messages pour les codes d’erreur du serveur.

error-code-not-found = Introuvable. Cet élément a peut-être été supprimé.
error-code-bad-request = La demande n’a pas été comprise. Rechargez la page et réessayez.
error-code-invalid-input = Certaines informations sont incorrectes. Vérifiez les champs signalés.
error-code-malformed-json = La demande a été endommagée en route. Rechargez la page et réessayez.
error-code-invalid-body = Des informations manquaient ou étaient inattendues. Rechargez la page et réessayez.
error-code-invalid-query = L’adresse contient un paramètre que nous ne comprenons pas. Vérifiez le lien et réessayez.
error-code-unsupported-media-type = Ce type de fichier ou de données n’est pas accepté ici.
error-code-payload-too-large = C’est trop volumineux pour être envoyé. Choisissez un fichier plus petit.
error-code-method-not-allowed = Cette action n’est pas possible ici.
error-code-unauthenticated = Connectez-vous pour continuer.
error-code-invalid-credentials = L’e-mail ou le mot de passe est incorrect.
error-code-wrong-role = Votre compte n’est pas autorisé à faire cela.
error-code-csrf-check-failed = Votre session n’a pas pu être confirmée. Rechargez la page et réessayez.
error-code-email-taken = Un compte existe déjà avec cet e-mail.
error-code-stale-version = Cet élément a été modifié ailleurs. Rechargez pour voir la dernière version avant d’enregistrer.
error-code-blocked-by-rules = Cela enfreint une règle de la plateforme. Voir le détail ci-dessous.
error-code-too-many-requests = Trop de tentatives. Patientez un instant puis réessayez.
error-code-no-shop = Vous n’avez pas encore de boutique. Ouvrez-en une d’abord dans l’espace vendeur.
error-code-shop-exists = Vous avez déjà une boutique.
error-code-shop-name-taken = Ce nom de boutique est déjà pris. Choisissez-en un autre.
error-code-not-pending = Cette demande a déjà été traitée.
error-code-not-published = Cette annonce n’est pas publiée.
error-code-listing-suspended = Cette annonce est suspendue et ne peut pas être modifiée.
error-code-internal = Un problème est survenu de notre côté. Veuillez réessayer.
error-code-document-on-file = Ce document est déjà enregistré ou en attente de vérification.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = Les opérations de votre boutique sont restreintes par une sanction. Consultez Sanctions dans l’espace vendeur.
error-code-shop-suspended = Les ventes de votre boutique sont suspendues. Ses annonces ne peuvent être ni publiées ni achetées avant la fin de la sanction.
error-code-shop-closed = Caravan a mis fin à sa collaboration avec cette boutique.
error-code-promotion-banned = Votre boutique est exclue des promotions pour le moment. La date de fin figure dans Sanctions.
error-code-appeal-exists = Vous avez déjà fait appel de cette sanction.
error-code-penalty-lifted = Cette sanction a déjà été levée.
penalty-reason-staff-finding = L’équipe Caravan a constaté un manquement à { $rule } : { $facts }
penalty-reason-ip-closure = Les atteintes à la propriété intellectuelle ont atteint la limite ({ $serious } graves, { $points } points) : la collaboration prend fin.
error-code-promotion-overlap = Certains de ces produits font déjà partie d’une autre promotion à ces dates.
error-code-promotion-terms-frozen = Une fois la promotion approuvée, ses produits et son type de remise ne changent plus. Vous pouvez seulement ajouter du stock ou augmenter la remise.
error-code-promotion-closed = Cette promotion est terminée, a été refusée ou a été retirée.
error-code-dispute-exists = Cette commande fait déjà l’objet d’un litige. Poursuivez-le depuis la page de la commande.
error-code-dispute-closed = Ce litige est clos.
error-code-dispute-wrong-step = Ce n’est pas possible à ce stade du litige.
error-code-dispute-open = Cette commande a un litige en cours. Son issue décide du sort du paiement ; vous pouvez aussi le retirer d’abord.
error-code-escrow-not-held = Le paiement de cette commande n’est plus bloqué : il ne peut pas être remboursé ainsi.
error-code-buyer-only = Seul l’acheteur peut faire cela.
error-code-order-not-completed = Vous pourrez évaluer la commande une fois qu’elle sera terminée.
error-code-review-exists = Vous avez déjà évalué cette commande.

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = Certains articles de votre panier ont changé ou ne peuvent plus être commandés. Vérifiez les articles signalés et réessayez.
error-code-idempotency-key-missing = La commande n’a pas pu être envoyée de façon sûre. Rechargez la page et réessayez.
error-code-idempotency-key-invalid = La commande n’a pas pu être envoyée de façon sûre. Rechargez la page et réessayez.
error-code-idempotency-key-reused = Cette commande a déjà été envoyée avec un autre contenu. Rechargez la page pour passer une nouvelle commande.
error-code-not-payable = Cette commande ne peut plus être payée. Elle a expiré ou a été annulée.
error-code-payment-in-progress = Votre paiement est en cours de traitement. Patientez un instant puis rechargez la page.
error-code-card-declined = Votre carte a été refusée. Essayez une autre carte.
error-code-payment-retry = Le paiement n’a pas pu aboutir pour le moment. Rien n’a été débité. Veuillez réessayer.
error-code-not-cancellable = Cette commande ne peut plus être annulée, car elle a déjà été expédiée.
error-code-not-confirmable = La réception ne peut être confirmée qu’une seule fois, après l’expédition de la commande.
error-code-not-shippable = Seules les commandes payées et pas encore expédiées peuvent être expédiées.
error-code-not-in-transit = Le suivi ne peut être complété que pour les commandes expédiées et pas encore livrées.

# Account: address book (account helper, journey 9).
error-code-address-book-full = Votre carnet d’adresses est plein (20 adresses). Supprimez-en une pour en enregistrer une autre.
