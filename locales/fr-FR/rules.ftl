# Verdicts des règles : un message par clé, avec tous ses arguments.

rule-reg-1-missing-field = Ce champ est obligatoire.
rule-reg-1-country-invalid = « { $country } » n’est pas un pays depuis lequel nous pouvons inscrire des vendeurs.
rule-reg-1-licence-number-invalid = Le numéro de licence commerciale doit comporter au moins { $min } caractères.
rule-reg-2-email-invalid = Saisissez une adresse e-mail valide.
rule-reg-2-password-too-short = Le mot de passe doit comporter au moins { $min } caractères.
rule-reg-2-password-is-email = Le mot de passe ne doit pas être votre adresse e-mail.
rule-reg-3-missing-contact = Ajoutez une personne à contacter.
rule-reg-3-email-unverified = Vérifiez d’abord l’adresse e-mail de votre entreprise.
rule-reg-3-phone-invalid = Saisissez un numéro de téléphone valide avec l’indicatif du pays.
rule-reg-4-unknown-main-category = « { $category } » n’est pas une catégorie connue.
rule-reg-4-no-sales-region = Choisissez au moins une région de vente.
rule-reg-4-region-closed = Les nouveaux vendeurs ne peuvent pas s’inscrire en { $region } pour le moment.
rule-shop-1-not-approved = Votre boutique n’est pas encore approuvée (statut : { $status }).
rule-shop-2-name-length = Le nom de la boutique compte { $length } caractères ; il doit en compter entre { $min } et { $max }.
rule-shop-2-sensitive-word = Le nom de la boutique contient « { $term } », qui n’est pas autorisé ({ $group }).
rule-shop-2-trademark = Le nom de la boutique contient « { $term } », une marque de { $brand }.
rule-shop-2-name-taken = Ce nom de boutique est déjà pris.
rule-shop-3-qualification-missing = Pour vendre dans { $category }, téléversez votre { $qualification }.
rule-shop-4-brand-not-authorised = Votre boutique n’est pas autorisée à vendre { $brand }.
rule-lst-1-missing-field = Ce champ est obligatoire.
rule-lst-1-missing-attribute = Renseignez l’attribut « { $attribute } ».
rule-lst-2-prohibited-term = « { $term } » ne peut pas être vendu sur Caravan ({ $list }).
rule-lst-2-prohibited-category = Les produits de { $category } ne peuvent pas être vendus sur Caravan.
rule-lst-3-licence-required = Les annonces qui mentionnent « { $term } » nécessitent : { $licence }.
rule-lst-3-category-licence-required = Vendre dans { $category } nécessite : { $licence }.
rule-lst-4-trademark = « { $term } » est une marque de { $brand }. Retirez-la ou prouvez que vous pouvez l’utiliser.
rule-lst-4-character = « { $term } » est un personnage appartenant à { $brand }. Retirez-le ou prouvez que vous pouvez l’utiliser.
rule-lst-5-title-too-long = Le titre compte { $length } caractères ; le maximum est de { $max }.
rule-lst-5-title-too-short = Le titre compte { $length } caractères ; le minimum est de { $min }.
rule-lst-5-keyword-stuffing = « { $word } » apparaît { $count } fois dans le titre ; le maximum est de { $max }.
rule-lst-5-all-caps = Évitez d’écrire le titre en majuscules.
rule-lst-5-contact-in-title = Retirez les coordonnées du titre ({ $kind }).
rule-lst-5-promo-in-title = Retirez l’argument promotionnel « { $term } » du titre.
rule-lst-6-category-mismatch = Ce produit relève peut-être de { $suggested }.
rule-lst-6-unknown-category = Choisissez une catégorie dans la liste.
rule-lst-7-too-many-images = { $count } photos ont été ajoutées ; le maximum est de { $max }.
rule-lst-7-image-too-small = La photo fait { $width } × { $height } pixels, c’est trop petit.
rule-lst-7-image-aspect = La photo fait { $width } × { $height } pixels ; utilisez une photo carrée.
rule-lst-7-image-too-large = Le fichier de la photo pèse { $bytes } octets ; le maximum est de { $max }.
rule-lst-7-image-type = Les photos de type { $mime } ne sont pas acceptées. Utilisez JPEG, PNG ou WebP.
rule-lst-7-more-images-recommended =
    { $count ->
        [one] L’annonce a { $count } photo ; nous en recommandons au moins { $recommended }.
       *[other] L’annonce a { $count } photos ; nous en recommandons au moins { $recommended }.
    }
rule-lst-8-price-out-of-range = Le prix doit être compris entre { $min } et { $max } { $currency }.
rule-lst-8-discount-not-below-price = Le prix remisé doit être inférieur au prix.
rule-lst-8-discount-not-positive = Le prix remisé doit être supérieur à zéro.
rule-lst-8-price-unusual = Ce prix s’écarte beaucoup du prix habituel de cette catégorie ({ $median } { $currency }). Vérifiez-le.
rule-lst-9-template-required = Choisissez un modèle de livraison.
rule-lst-9-template-empty = Le modèle de livraison ne contient aucune option.
rule-lst-9-delivery-days-unrealistic = { $min } à { $max } jours, c’est inhabituel pour une livraison { $class }. Vérifiez le délai.
rule-lst-10-sell-as-bundle = La livraison ({ $shipping }) coûte plus cher que l’article ({ $price }). Envisagez de le vendre par lot.
rule-lst-11-stock-out-of-range = Le stock doit être compris entre { $min } et { $max }.
rule-lst-11-no-stock = Ajoutez du stock à au moins une variante.
rule-lst-12-margin-low = La marge est de { $margin } %, sous le minimum habituel de { $min } %.
rule-lst-12-margin-high = La marge est de { $margin } %, au-dessus du maximum habituel de { $max } %.
rule-lst-13-too-many-properties = L’annonce a { $count } propriétés de variante ; le maximum est de { $max }.
rule-lst-13-options-mismatch = Cette variante a { $count } options, mais { $expected } sont attendues.
rule-lst-13-empty-option = Les options ne doivent pas être vides.
rule-lst-13-unknown-option = « { $value } » n’est pas une option de { $property }.
rule-lst-13-duplicate-combination = Cette combinaison d’options est déjà utilisée par la variante { $first }.
rule-lst-13-sku-code-invalid = Le code SKU peut contenir jusqu’à { $max } lettres, chiffres, tirets ou traits de soulignement.
rule-lst-13-duplicate-sku-code = Ce code SKU est déjà utilisé par la variante { $first }.
rule-lst-13-single-sku-expected = Une annonce sans propriétés de variante a exactement un SKU, pas { $count }.
rule-lst-13-sku-image-missing = La variante { $index } a besoin d’une photo.
rule-lst-14-weight-out-of-range = Le poids doit être compris entre { $min } et { $max } grammes.
rule-lst-14-package-side-out-of-range = Chaque côté du colis doit mesurer entre { $min } et { $max } cm.
rule-lst-14-handling-out-of-range = Le délai de préparation doit être compris entre { $min } et { $max } jours.
rule-lst-14-handling-overseas = Les annonces en entrepôt à l’étranger doivent être expédiées sous { $max } jours.
rule-lst-15-markup-removed = Une mise en forme non prise en charge a été retirée de la description ({ $item }).
rule-lst-15-external-link = Les liens vers d’autres sites ne sont pas autorisés ({ $host }).
rule-lst-15-contact-details = Retirez les coordonnées de la description ({ $kind }).
rule-lst-15-description-too-long = La description compte { $length } caractères ; le maximum est de { $max }.
rule-lst-16-near-duplicate = Cette annonce ressemble à votre annonce « { $title } » (similaire à { $similarity } %).
rule-lst-16-too-many-copies = Vous avez { $count } annonces presque identiques ; le maximum est de { $max }.
rule-prm-1-not-approved = Votre boutique ne peut pas encore participer aux promotions (statut : { $status }).
rule-prm-2-left-promotion = Quitter une promotion en cours exclut votre boutique des promotions pendant { $ban_months } mois.
rule-prm-2-promo-stock-lowered = Le stock promotionnel est passé de { $before } à { $after }. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-2-discount-reduced = La remise est passée de { $before } à { $after }. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-2-price-raised = Le prix est passé de { $before } à { $after } pendant une promotion. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-2-shipping-raised = Les frais de livraison sont passés de { $before } à { $after } pendant une promotion. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-2-description-edited = La description ne doit pas changer pendant une promotion. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-3-infringing-goods = « { $term } » laisse penser à des produits contrefaisants. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-4-order-price-raised = Le prix d’une commande en promotion est passé de { $before } à { $after }. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-5-forced-bundling = Les acheteurs ne doivent pas être obligés d’acheter aussi « { $term } ». Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-6-improper-gain = Des promotions ont été utilisées pour un avantage indu. Votre boutique est exclue des promotions pendant { $ban_months } mois.
rule-prm-7-too-many-sessions = Le { $day }, vous avez { $count } sessions de vente flash ; le maximum est de { $max } par jour.
rule-prm-7-too-many-items = La vente flash compte { $count } articles ; le maximum est de { $max }.
rule-prm-7-session-length =
    { $hours ->
        [one] Une session de vente flash dure exactement { $hours } heure.
       *[other] Une session de vente flash dure exactement { $hours } heures.
    }
rule-prm-7-sessions-overlap = Cette session chevauche la session { $other }.
rule-ord-1-total-mismatch = Le total de la commande est de { $expected }, et non de { $submitted }. Rechargez le panier.
rule-ord-2-receipt-timeout = Si l’acheteur ne confirme pas la réception, le paiement est versé le { $released_at }.
rule-ord-3-not-shipped-in-time = La commande n’a pas été expédiée avant le { $deadline }.
rule-ord-3-tracking-missing = Ajoutez un numéro de suivi pour expédier la commande.
rule-ord-4-rate-mismatch = Le taux de change de { $base } vers { $quote } a changé. Vérifiez le nouveau total.
rule-ord-5-return-policy-missing = Ajoutez une politique de retour avant de vendre.
rule-ord-6-payment-detail-exposed = Retirez les coordonnées bancaires ou de carte du message.
rule-dsp-1-order-not-paid = Un litige ne peut être ouvert que pour une commande payée.
rule-dsp-1-evidence-required = Ajoutez des photos ou des documents qui montrent le problème.
rule-dsp-1-refund-out-of-range = Le remboursement doit être supérieur à zéro et d’au plus { $max }.
rule-dsp-2-response-overdue = Le vendeur n’a pas répondu avant le { $deadline }.
rule-dsp-3-arbitration-overdue = Caravan n’a pas statué avant le { $deadline }.
rule-pen-3-appeal-too-late = Le délai de recours a expiré le { $deadline }.
rule-pen-3-not-appealable = Cette sanction ne peut pas faire l’objet d’un recours.
rule-pen-4-statement-incomplete = Complétez toutes les parties de la déclaration.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
rule-srv-1-bad-reviews-high = Avis négatifs : { $rate } pour mille commandes, au-dessus de la limite de { $max }.
rule-srv-2-described-high = « Article conforme » mal noté sur { $rate } commandes pour mille, au-dessus de la limite de { $max }.
rule-srv-2-communication-high = Communication mal notée sur { $rate } commandes pour mille, au-dessus de la limite de { $max }.
rule-srv-2-shipping-high = Rapidité d’expédition mal notée sur { $rate } commandes pour mille, au-dessus de la limite de { $max }.
rule-srv-3-not-shipped-high = Vendus mais non expédiés : { $rate } pour mille commandes, au-dessus de la limite de { $max }.
rule-srv-4-arbitration-high = Litiges portés en arbitrage : { $rate } pour mille commandes, au-dessus de la limite de { $max }.
rule-srv-5-timeouts-high = Réponses aux litiges manquées : { $rate } pour mille commandes, au-dessus de la limite de { $max }.
