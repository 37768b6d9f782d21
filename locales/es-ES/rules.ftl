# Veredictos de las normas: un mensaje por clave, con todos sus argumentos.

rule-reg-1-missing-field = Este campo es obligatorio.
rule-reg-1-country-invalid = «{ $country }» no es un país desde el que podamos registrar vendedores.
rule-reg-1-licence-number-invalid = El número de licencia comercial debe tener al menos { $min } caracteres.
rule-reg-2-email-invalid = Introduce un correo electrónico válido.
rule-reg-2-password-too-short = La contraseña debe tener al menos { $min } caracteres.
rule-reg-2-password-is-email = La contraseña no puede ser tu correo electrónico.
rule-reg-3-missing-contact = Añade una persona de contacto.
rule-reg-3-email-unverified = Verifica primero el correo electrónico de tu empresa.
rule-reg-3-phone-invalid = Introduce un número de teléfono válido con el prefijo del país.
rule-reg-4-unknown-main-category = «{ $category }» no es una categoría que conozcamos.
rule-reg-4-no-sales-region = Elige al menos una región de venta.
rule-reg-4-region-closed = Ahora mismo no se admiten vendedores nuevos en { $region }.
rule-shop-1-not-approved = Tu tienda aún no está aprobada (estado: { $status }).
rule-shop-2-name-length = El nombre de la tienda tiene { $length } caracteres; debe tener entre { $min } y { $max }.
rule-shop-2-sensitive-word = El nombre de la tienda contiene «{ $term }», que no está permitido ({ $group }).
rule-shop-2-trademark = El nombre de la tienda contiene «{ $term }», una marca de { $brand }.
rule-shop-2-name-taken = Este nombre de tienda ya está en uso.
rule-shop-3-qualification-missing = Para vender en { $category }, sube tu { $qualification }.
rule-shop-4-brand-not-authorised = Tu tienda no está autorizada para vender { $brand }.
rule-lst-1-missing-field = Este campo es obligatorio.
rule-lst-1-missing-attribute = Rellena el atributo «{ $attribute }».
rule-lst-2-prohibited-term = «{ $term }» no se puede vender en Caravan ({ $list }).
rule-lst-2-prohibited-category = Los productos de { $category } no se pueden vender en Caravan.
rule-lst-3-licence-required = Los anuncios que mencionan «{ $term }» necesitan { $licence }.
rule-lst-3-category-licence-required = Para vender en { $category } se necesita { $licence }.
rule-lst-4-trademark = «{ $term }» es una marca de { $brand }. Elimínala o demuestra que puedes usarla.
rule-lst-4-character = «{ $term }» es un personaje propiedad de { $brand }. Elimínalo o demuestra que puedes usarlo.
rule-lst-5-title-too-long = El título tiene { $length } caracteres; el máximo es { $max }.
rule-lst-5-title-too-short = El título tiene { $length } caracteres; el mínimo es { $min }.
rule-lst-5-keyword-stuffing = «{ $word }» aparece { $count } veces en el título; el máximo es { $max }.
rule-lst-5-all-caps = Evita escribir el título en mayúsculas.
rule-lst-5-contact-in-title = Quita los datos de contacto del título ({ $kind }).
rule-lst-5-promo-in-title = Quita del título la afirmación promocional «{ $term }».
rule-lst-6-category-mismatch = Puede que este producto pertenezca a { $suggested }.
rule-lst-6-unknown-category = Elige una categoría de la lista.
rule-lst-7-too-many-images = Se han añadido { $count } fotos; el máximo es { $max }.
rule-lst-7-image-too-small = La foto mide { $width } × { $height } píxeles, es demasiado pequeña.
rule-lst-7-image-aspect = La foto mide { $width } × { $height } píxeles; usa una foto cuadrada.
rule-lst-7-image-too-large = El archivo de la foto ocupa { $bytes } bytes; el máximo es { $max }.
rule-lst-7-image-type = No se aceptan fotos de tipo { $mime }. Usa JPEG, PNG o WebP.
rule-lst-7-more-images-recommended =
    { $count ->
        [one] El anuncio tiene 1 foto; recomendamos al menos { $recommended }.
       *[other] El anuncio tiene { $count } fotos; recomendamos al menos { $recommended }.
    }
rule-lst-8-price-out-of-range = El precio debe estar entre { $min } y { $max } { $currency }.
rule-lst-8-discount-not-below-price = El precio rebajado debe ser inferior al precio.
rule-lst-8-discount-not-positive = El precio rebajado debe ser mayor que cero.
rule-lst-8-price-unusual = Este precio se aleja mucho del habitual en esta categoría ({ $median } { $currency }). Revísalo.
rule-lst-9-template-required = Elige una plantilla de envío.
rule-lst-9-template-empty = La plantilla de envío no tiene opciones de entrega.
rule-lst-9-delivery-days-unrealistic = { $min }–{ $max } días es poco habitual para una entrega { $class }. Revisa el plazo.
rule-lst-10-sell-as-bundle = El envío ({ $shipping }) cuesta más que el artículo ({ $price }). Plantéate venderlo en lote.
rule-lst-11-stock-out-of-range = El stock debe estar entre { $min } y { $max }.
rule-lst-11-no-stock = Añade stock a al menos una variante.
rule-lst-12-margin-low = El margen es del { $margin } %, por debajo del mínimo habitual del { $min } %.
rule-lst-12-margin-high = El margen es del { $margin } %, por encima del máximo habitual del { $max } %.
rule-lst-13-too-many-properties = El anuncio tiene { $count } propiedades de variante; el máximo es { $max }.
rule-lst-13-options-mismatch = Esta variante tiene { $count } opciones, pero se esperan { $expected }.
rule-lst-13-empty-option = Las opciones no pueden estar vacías.
rule-lst-13-unknown-option = «{ $value }» no es una opción de { $property }.
rule-lst-13-duplicate-combination = La variante { $first } ya usa esta combinación de opciones.
rule-lst-13-sku-code-invalid = El código SKU puede tener hasta { $max } letras, cifras, guiones o guiones bajos.
rule-lst-13-duplicate-sku-code = La variante { $first } ya usa este código SKU.
rule-lst-13-single-sku-expected = Un anuncio sin propiedades de variante tiene exactamente un SKU, no { $count }.
rule-lst-13-sku-image-missing = La variante { $index } necesita una foto.
rule-lst-14-weight-out-of-range = El peso debe estar entre { $min } y { $max } gramos.
rule-lst-14-package-side-out-of-range = Cada lado del paquete debe medir entre { $min } y { $max } cm.
rule-lst-14-handling-out-of-range = El plazo de preparación debe estar entre { $min } y { $max } días.
rule-lst-14-handling-overseas = Los anuncios de almacén en el extranjero deben enviarse en un máximo de { $max } días.
rule-lst-15-markup-removed = Se ha quitado de la descripción un formato no admitido ({ $item }).
rule-lst-15-external-link = No se permiten enlaces a otros sitios ({ $host }).
rule-lst-15-contact-details = Quita los datos de contacto de la descripción ({ $kind }).
rule-lst-15-description-too-long = La descripción tiene { $length } caracteres; el máximo es { $max }.
rule-lst-16-near-duplicate = Este anuncio se parece a tu anuncio «{ $title }» (similitud del { $similarity } %).
rule-lst-16-too-many-copies = Tienes { $count } anuncios casi idénticos; el máximo es { $max }.
rule-prm-1-not-approved = Tu tienda aún no puede participar en promociones (estado: { $status }).
rule-prm-2-left-promotion =
    { $ban_months ->
        [one] Abandonar una promoción en curso excluye a tu tienda de las promociones durante 1 mes.
       *[other] Abandonar una promoción en curso excluye a tu tienda de las promociones durante { $ban_months } meses.
    }
rule-prm-2-promo-stock-lowered =
    { $ban_months ->
        [one] El stock de la promoción bajó de { $before } a { $after }. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] El stock de la promoción bajó de { $before } a { $after }. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-2-discount-reduced =
    { $ban_months ->
        [one] El descuento se redujo de { $before } a { $after }. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] El descuento se redujo de { $before } a { $after }. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-2-price-raised =
    { $ban_months ->
        [one] El precio subió de { $before } a { $after } durante una promoción. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] El precio subió de { $before } a { $after } durante una promoción. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-2-shipping-raised =
    { $ban_months ->
        [one] El envío subió de { $before } a { $after } durante una promoción. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] El envío subió de { $before } a { $after } durante una promoción. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-2-description-edited =
    { $ban_months ->
        [one] La descripción no puede cambiar durante una promoción. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] La descripción no puede cambiar durante una promoción. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-3-infringing-goods =
    { $ban_months ->
        [one] «{ $term }» indica productos que infringen derechos. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] «{ $term }» indica productos que infringen derechos. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-4-order-price-raised =
    { $ban_months ->
        [one] El precio de un pedido en promoción subió de { $before } a { $after }. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] El precio de un pedido en promoción subió de { $before } a { $after }. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-5-forced-bundling =
    { $ban_months ->
        [one] No se puede obligar a los compradores a comprar también «{ $term }». Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] No se puede obligar a los compradores a comprar también «{ $term }». Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-6-improper-gain =
    { $ban_months ->
        [one] Se han usado promociones para obtener un beneficio indebido. Tu tienda queda excluida de las promociones durante 1 mes.
       *[other] Se han usado promociones para obtener un beneficio indebido. Tu tienda queda excluida de las promociones durante { $ban_months } meses.
    }
rule-prm-7-too-many-sessions = El { $day } tienes { $count } sesiones de oferta relámpago; el máximo es { $max } al día.
rule-prm-7-too-many-items = La oferta relámpago tiene { $count } artículos; el máximo es { $max }.
rule-prm-7-session-length =
    { $hours ->
        [one] Una sesión de oferta relámpago dura exactamente 1 hora.
       *[other] Una sesión de oferta relámpago dura exactamente { $hours } horas.
    }
rule-prm-7-sessions-overlap = Esta sesión se solapa con la sesión { $other }.
rule-ord-1-total-mismatch = El total del pedido es { $expected }, no { $submitted }. Recarga el carrito.
rule-ord-2-receipt-timeout = Si el comprador no confirma la recepción, el pago se libera el { $released_at }.
rule-ord-3-not-shipped-in-time = El pedido no se envió antes del { $deadline }.
rule-ord-3-tracking-missing = Añade un número de seguimiento para enviar el pedido.
rule-ord-4-rate-mismatch = El tipo de cambio de { $base } a { $quote } ha cambiado. Revisa el nuevo total.
rule-ord-5-return-policy-missing = Añade una política de devoluciones antes de vender.
rule-ord-6-payment-detail-exposed = Quita del mensaje los datos de la tarjeta o del banco.
rule-dsp-1-order-not-paid = Solo se puede abrir una disputa para un pedido pagado.
rule-dsp-1-evidence-required = Añade fotos o documentos que muestren el problema.
rule-dsp-1-refund-out-of-range = El reembolso debe ser mayor que cero y como máximo { $max }.
rule-dsp-2-response-overdue = El vendedor no respondió antes del { $deadline }.
rule-dsp-3-arbitration-overdue = Caravan no resolvió antes del { $deadline }.
rule-pen-3-appeal-too-late = El plazo para recurrir terminó el { $deadline }.
rule-pen-3-not-appealable = Esta sanción no se puede recurrir.
rule-pen-4-statement-incomplete = Completa todas las partes de la declaración.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
rule-srv-1-bad-reviews-high = Valoraciones negativas: { $rate } por cada mil pedidos, por encima del límite de { $max }.
rule-srv-2-described-high = «Artículo según la descripción» mal valorado en { $rate } de cada mil pedidos, por encima del límite de { $max }.
rule-srv-2-communication-high = Comunicación mal valorada en { $rate } de cada mil pedidos, por encima del límite de { $max }.
rule-srv-2-shipping-high = Velocidad de envío mal valorada en { $rate } de cada mil pedidos, por encima del límite de { $max }.
rule-srv-3-not-shipped-high = Vendidos pero no enviados: { $rate } por cada mil pedidos, por encima del límite de { $max }.
rule-srv-4-arbitration-high = Disputas escaladas a arbitraje: { $rate } por cada mil pedidos, por encima del límite de { $max }.
rule-srv-5-timeouts-high = Respuestas a disputas no enviadas a tiempo: { $rate } por cada mil pedidos, por encima del límite de { $max }.
