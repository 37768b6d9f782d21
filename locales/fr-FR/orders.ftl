# Commandes, litiges, avis, notifications et préférences du compte (espace client ; assistant buyerorders).

account-orders = Vos commandes
account-notifications = Notifications
account-preferences = Préférences
account-language = Langue
account-currency = Devise des prix
account-currency-hint = Les prix sont convertis à titre indicatif ; les commandes sont débitées en dollars américains.
account-addresses = Adresses de livraison
account-address-remove = Supprimer l’adresse { $address }
account-address-remove-short = Supprimer

orders-title = Vos commandes
orders-empty = Vous n’avez encore rien commandé.
orders-start-shopping = Commencer vos achats
orders-more = Voir les commandes plus anciennes
orders-units = { $count ->
    [one] 1 article
   *[other] { $count } articles
}

order-status-awaiting-payment = En attente de paiement
order-status-paid = Payée, en attente d’expédition
order-status-shipped = Expédiée
order-status-delivered = Livrée
order-status-completed = Terminée
order-status-cancelled = Annulée
order-status-expired = Non payée à temps

order-back = ← Toutes les commandes
order-title = Commande { $id }
order-from = chez { $shop }
order-progress = Suivi
order-step-placed = Passée
order-step-paid = Payée
order-step-shipped = Expédiée
order-step-delivered = Livrée
order-step-completed = Terminée
order-step-cancelled = Annulée
order-step-expired = Expirée, non payée
order-pay-by = Payez-la à temps, sinon elle est annulée : { $left }.
order-ship-by = Le vendeur doit expédier avant le { $date } ({ $left }).
order-auto-confirm = Sans action de votre part, la réception sera confirmée le { $date } ({ $left }).
order-confirm-receipt = Confirmer la réception
order-confirm-question = La commande est-elle arrivée conforme à la description ? Confirmer verse le paiement au vendeur.
order-confirm-yes = Oui, je l’ai reçue
order-confirmed = Merci. Le vendeur est payé.
order-cancel = Annuler la commande
order-cancel-question = Annuler cette commande ? Une commande payée est intégralement remboursée.
order-cancel-reason = Pourquoi ? (facultatif)
order-cancel-yes = Annuler la commande
order-cancelled = La commande est annulée.
order-keep = Retour
order-items = Articles
order-quantity = Quantité : { $count }
order-items-total = Articles
order-shipping = Livraison
order-total = Total débité
order-display-total = Environ { $amount } au taux du { $date }.
order-paid-with = Payée avec { $brand } se terminant par { $last4 }
order-address = Adresse de livraison

escrow-title = Votre paiement
escrow-none = Rien n’a encore été payé.
escrow-held = Caravan conserve vos { $amount } en sécurité. Le vendeur n’est payé que lorsque vous confirmez la réception.
escrow-held-until = Caravan conserve vos { $amount } en sécurité. Le vendeur est payé lorsque vous confirmez la réception, ou le { $date } sans action de votre part.
escrow-released-buyer = Vous avez confirmé la réception : le paiement a été versé au vendeur.
escrow-released-timeout = Le délai de confirmation est passé : le paiement a été versé au vendeur.
escrow-released-decision = Après la décision de Caravan, le paiement a été versé au vendeur.
escrow-refunded = { $amount } vous ont été remboursés.
escrow-payout = Le vendeur reçoit l’argent sous 3 à 5 jours ouvrés.

tracking-title = Suivi du colis
tracking-number = Numéro de suivi { $number }
tracking-placed = Commande passée
tracking-paid = Paiement reçu
tracking-shipped = Remis au transporteur
tracking-in-transit = En route
tracking-out-for-delivery = En cours de livraison
tracking-exception = Problème de livraison
tracking-delivered = Livré
tracking-completed = Réception confirmée
tracking-cancelled = Annulée
tracking-expired = Non payée à temps
tracking-not-shipped-in-time = Le vendeur n’a pas expédié à temps

deadline-passed = le délai est dépassé
deadline-days-left = { $count ->
    [one] encore 1 jour
   *[other] encore { $count } jours
}
deadline-hours-left = { $count ->
    [one] encore 1 heure
   *[other] encore { $count } heures
}
deadline-minutes-left = { $count ->
    [one] encore 1 minute
   *[other] encore { $count } minutes
}

order-error-not-cancellable = Cette commande ne peut plus être annulée : elle a été expédiée.
order-error-payment-in-progress = Un paiement de cette commande est en cours. Réessayez dans une minute.
order-error-not-confirmable = La réception peut être confirmée une fois la commande expédiée.
order-error-dispute-open = Cette commande fait l’objet d’un litige ouvert. Son issue décide, ou retirez-le d’abord.

dispute-title = Un problème avec la commande
dispute-intro = Le colis n’est pas arrivé, ou l’article n’est pas conforme ? Ouvrez un litige : votre paiement reste chez Caravan jusqu’à sa résolution.
dispute-open = Ouvrir un litige
dispute-reason = Quel est le problème ?
dispute-reason-not-received = Je ne l’ai pas reçu
dispute-reason-not-as-described = Il n’est pas conforme à la description
dispute-counterfeit = Il semble contrefait
dispute-damaged = Il est arrivé endommagé
dispute-remedy = Que souhaitez-vous ?
remedy-full-refund = Un remboursement total
remedy-partial-refund = Un remboursement partiel
remedy-partial-refund-of = Un remboursement partiel de { $amount }
remedy-resend = Un nouvel envoi de l’article
dispute-amount = Montant en { $currency }
dispute-amount-invalid = Saisissez un montant supérieur à zéro et au plus ce que vous avez payé, par exemple 12.50.
dispute-description = Que s’est-il passé ?
dispute-description-hint = Au moins 10 caractères. Le vendeur et, si besoin, Caravan le liront.
dispute-description-short = Écrivez au moins 10 caractères.
dispute-submit = Ouvrir le litige
evidence-label = Photos
evidence-hint = JPEG, PNG ou WebP, 5 Mo maximum chacune, { $count } au plus. Nécessaires si l’article n’est pas conforme.
evidence-uploading = Envoi en cours…
evidence-too-many = Vous pouvez ajouter { $count } photos au plus.
evidence-too-large = Cette photo dépasse 5 Mo. Choisissez-en une plus petite.
evidence-not-picture = Ce fichier n’est pas une image JPEG, PNG ou WebP.
evidence-required = Ajoutez au moins une photo qui montre le problème.
evidence-picture = Photo { $number }
evidence-remove = Retirer la photo { $number }
dispute-by-you = Vous
dispute-by-seller = Vendeur
dispute-by-caravan = Caravan
dispute-awaiting-seller = En attente de la réponse du vendeur jusqu’au { $date } ({ $left }). Sans réponse, le litige est clos en votre faveur.
dispute-negotiating = Le vendeur a répondu. Acceptez son offre, faites une contre-proposition ou demandez à Caravan de trancher.
dispute-arbitration = Caravan examine le litige et tranchera avant le { $date } ({ $left }).
dispute-arbitration-pending = Caravan examine le litige.
dispute-outcome-seller-accepted = Réglé : le vendeur a accepté. Remboursé : { $amount }.
dispute-outcome-buyer-accepted = Réglé : vous avez accepté l’offre du vendeur. Remboursé : { $amount }.
dispute-outcome-timeout = Clos en votre faveur : le vendeur n’a pas répondu à temps. Remboursé : { $amount }.
dispute-outcome-for-buyer = Caravan a tranché en votre faveur. Remboursé : { $amount }.
dispute-outcome-for-seller = Caravan a tranché en faveur du vendeur.
dispute-outcome-withdrawn = Vous avez retiré le litige.
dispute-requested = Votre demande
dispute-opened = Ouvert le
dispute-seller-offers = Le vendeur propose :
dispute-accept = Accepter cette offre
dispute-counter = Faire une contre-proposition
dispute-note = Note (facultatif)
dispute-send-offer = Envoyer l’offre
dispute-escalate = Demander à Caravan de trancher
dispute-escalate-hint = Caravan examine les preuves des deux parties et tranche en quelques jours ouvrés.
dispute-withdraw = Retirer le litige
dispute-message-title = Ajouter un message ou des photos
dispute-message = Votre message
dispute-message-send = Envoyer
dispute-history = Historique
dispute-event-opened = a ouvert le litige
dispute-event-message = a écrit
dispute-event-offer = a fait une offre
dispute-event-accepted = a accepté l’offre
dispute-event-escalated = a demandé à Caravan de trancher
dispute-event-decided = a tranché
dispute-event-timed-out = le vendeur n’a pas répondu à temps
dispute-event-withdrawn = a retiré le litige
dispute-error-exists = Cette commande fait déjà l’objet d’un litige.
dispute-error-closed = Ce litige est clos.
dispute-error-wrong-step = Ce n’est pas possible à cette étape du litige.
dispute-error-rules = Le litige ne peut pas être ouvert ainsi : il faut une commande payée, et des photos si l’article n’est pas conforme.
dispute-error-escrow = Caravan ne conserve plus le paiement de cette commande.

review-title = Votre avis
review-overall = Votre note pour la commande
review-dsr-intro = Et le vendeur ?
review-dsr-described = Article conforme à la description
review-dsr-communication = Communication
review-dsr-shipping = Rapidité d’expédition
review-stars = { $count ->
    [one] 1 étoile
   *[other] { $count } étoiles
}
review-choose-stars = Choisissez de 1 à 5 étoiles.
review-text = Votre avis (facultatif)
review-submit = Envoyer l’avis
review-thanks = Merci pour votre avis du { $date }.
review-error-not-completed = Vous pourrez noter la commande une fois qu’elle sera terminée.
review-error-exists = Vous avez déjà noté cette commande.

notifications-title = Notifications
notifications-empty = Rien de nouveau. Les nouvelles de vos commandes s’affichent ici.
notifications-unread = { $count ->
    [one] 1 non lue
   *[other] { $count } non lues
}
notifications-mark-read = Tout marquer comme lu
notifications-new = Nouveau :
notification-order-placed = Commande { $order } passée.
notification-order-paid = Paiement de la commande { $order } reçu.
notification-order-shipped = La commande { $order } est en route.
notification-order-delivered = La commande { $order } a été livrée. Confirmez la réception si tout va bien.
notification-order-completed = La commande { $order } est terminée.
notification-order-cancelled = La commande { $order } a été annulée.
notification-order-expired = La commande { $order } n’a pas été payée à temps et est annulée.
notification-order-not-shipped-in-time = Le vendeur n’a pas expédié la commande { $order } à temps.
notification-dispute-opened = Un litige a été ouvert sur la commande { $order }.
notification-dispute-message = Nouveau message dans le litige de la commande { $order }.
notification-dispute-offer = Nouvelle offre dans le litige de la commande { $order }.
notification-dispute-escalated = Le litige de la commande { $order } a été transmis à Caravan pour décision.
notification-dispute-resolved = Le litige de la commande { $order } est réglé.
notification-other = Une nouvelle concernant votre compte.
