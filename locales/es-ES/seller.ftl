# The seller center's screens (loaded when the seller center opens).

seller-center-title = Centro de vendedores

## Seller center: frame, session and shared states (issue 4)

seller-nav-label = Secciones del centro de vendedores
seller-nav-overview = Resumen
seller-nav-listings = Productos
seller-nav-documents = Licencias y marcas
seller-new-listing = Nuevo producto
seller-overview-title = Tu tienda
seller-shop-status-pending = En revisión
seller-shop-status-approved = Aprobada
seller-shop-status-rejected = Rechazada
seller-sign-in-needed = Inicia sesión con tu cuenta de vendedor para abrir el centro de vendedores.
seller-sign-in = Iniciar sesión
seller-register-instead = Registrarse como vendedor
seller-not-a-seller = Esta es una cuenta de comprador. El centro de vendedores necesita una cuenta de vendedor.
seller-sign-out-to-register = Cerrar sesión y registrarse como vendedor
seller-signed-in-as = Has iniciado sesión como { $email }.
seller-no-shop-yet = Todavía no has abierto tu tienda.
seller-open-shop = Abrir tu tienda
seller-see-application = Ver tu solicitud
seller-choose = Elige…
seller-error-network = No pudimos conectar con Caravan. Tu trabajo se guarda en este dispositivo; lo volveremos a intentar.
seller-number-invalid = Escribe un número, por ejemplo 12,50.
seller-rules-unavailable = No se pudieron cargar las reglas de la plataforma; los problemas solo se mostrarán al guardar.
verdict-block = Impide publicar:
verdict-warn = Aviso:

## Seller center: onboarding (journey 1)

seller-onboarding-title = Abre tu tienda
seller-account-title = Crea tu cuenta de vendedor
seller-account-intro = Con tu cuenta de vendedor entras en el centro de vendedores. Después van los datos de la empresa.
seller-account-name = Tu nombre
seller-account-email = Correo electrónico
seller-account-password = Contraseña
seller-account-password-hint = Al menos 10 caracteres. No uses tu correo electrónico.
seller-account-create = Crear cuenta de vendedor
seller-account-have-one = Ya tengo una cuenta
seller-company-title = Empresa
seller-company-name = Razón social registrada
seller-company-licence = Número de licencia comercial
seller-company-representative = Representante legal
seller-company-country = País de registro
seller-contact-title = Contactos
seller-contact-email = Correo electrónico de la empresa
seller-contact-phone = Teléfono de atención al cliente
seller-contact-emergency = Contacto de emergencia (nombre y teléfono)
seller-email-send-code = Enviar código de verificación
seller-email-resend = Enviar un código nuevo
seller-email-code-sent = Hemos enviado un código de 6 cifras a { $email }. Es válido durante 15 minutos.
seller-email-code = Código de verificación
seller-email-verify = Verificar
seller-email-verified = Correo electrónico verificado.
seller-business-title = Negocio
seller-account-type = Tipo de cuenta
seller-account-type-b2c = Venta a consumidores (B2C)
seller-account-type-b2b = Venta a empresas (B2B)
seller-main-category = Categoría principal
seller-sales-regions = Regiones de venta
seller-shop-name-title = Nombre de la tienda
seller-shop-name = Nombre de la tienda
seller-shop-name-hint = De 4 a 64 caracteres. Sin marcas para las que no tengas autorización ni palabras sensibles.
seller-shop-name-checking = Comprobando si el nombre está libre…
seller-shop-name-available = Este nombre está libre.
seller-shop-name-taken = Otra tienda ya usa este nombre o uno que se le parece.
seller-apply = Enviar a revisión
seller-apply-again = Corregir y enviar de nuevo
seller-review-pending-title = Tu solicitud está en revisión
seller-review-pending-body = La plataforma comprueba los datos de tu empresa, normalmente en 2 días laborables. Mientras tanto puedes preparar productos; podrás publicarlos cuando se apruebe la tienda.
seller-review-approved-title = Tu tienda está abierta
seller-review-approved-body = Tu tienda está aprobada. Crea productos y publícalos en el catálogo.
seller-review-rejected-title = Tu solicitud ha sido rechazada
seller-review-rejected-body = Lee el motivo, corrige tus datos y envía la solicitud de nuevo.
seller-review-reason = Motivo indicado por la plataforma
seller-first-listing = Crea tu primer producto
seller-field-display-name-length = Usa de 1 a 60 caracteres.
seller-field-email-invalid = Escribe un correo como nombre@ejemplo.com.
seller-field-code-wrong = El código no es correcto. Revisa el correo e inténtalo de nuevo.
seller-field-code-expired = El código ha caducado. Pide uno nuevo.
seller-field-code-none = Primero pide un código para esta dirección de correo.
seller-field-password-too-short = La contraseña es demasiado corta: usa al menos 10 caracteres.
seller-field-password-too-long = La contraseña es demasiado larga: usa como máximo 128 caracteres.
seller-field-password-too-common = Esta contraseña es demasiado común. Elige otra.
seller-field-password-contains-email = La contraseña no debe contener tu correo electrónico.
seller-field-reference-length = Indica el número del documento o una descripción de 4 a 200 caracteres.
seller-field-document-name-invalid = Usa el nombre de la lista, o la marca tal como aparece en el certificado.
seller-field-reason-length = Explica la decisión en 10 a 1000 caracteres.

## Seller center: listing editor (journeys 2 and 3)

seller-editor-title-new = Nuevo producto
seller-editor-title-edit = Editar producto
seller-editor-basics = Producto
seller-editor-title = Título
seller-editor-title-hint = Palabra principal, luego atributos y después el uso, p. ej. «Botella de acero 750 ml para senderismo».
seller-editor-brand = Marca
seller-editor-brand-hint = Déjalo vacío para productos sin marca. Los productos de marca necesitan una autorización de la marca registrada.
seller-editor-description = Descripción
seller-editor-description-hint = Se eliminan scripts, formularios y enlaces a otros sitios. Sin datos de contacto.
seller-editor-category = Categoría
seller-editor-category-none = Aún no has elegido categoría.
seller-editor-category-search = Buscar categorías
seller-editor-category-no-match = Ninguna categoría coincide.
seller-editor-attributes = Especificaciones
seller-editor-attribute-name = Nombre del atributo
seller-editor-attribute-value = { $name }
seller-editor-attribute-add = Añadir un atributo
seller-editor-attribute-add-required = Añadir los atributos que exige esta categoría
seller-editor-attribute-remove = Quitar atributo
seller-editor-images = Imágenes
seller-editor-images-hint = Hasta { $max } imágenes JPEG, PNG o WebP, de { $size } MB como máximo cada una; cuadradas, de al menos 800 × 800 píxeles.
seller-image-add = Añadir imágenes
seller-image-alt = Imagen { $number }
seller-image-earlier = Mover la imagen { $number } antes
seller-image-later = Mover la imagen { $number } después
seller-image-remove = Quitar la imagen { $number }
seller-image-uploading = Subiendo { $count ->
        [one] { $count } imagen…
       *[other] { $count } imágenes…
    }
seller-image-refused-size = { $name } ocupa { $size } MB; las imágenes pueden ocupar como máximo { $max } MB. No se ha subido.
seller-image-refused-type = { $name } no es una imagen JPEG, PNG o WebP. No se ha subido.
seller-image-refused-count = Un producto tiene como máximo { $max } imágenes; el resto no se ha subido.
seller-image-too-large = La imagen ocupa más de 5 MB.
seller-image-wrong-type = Solo se aceptan imágenes JPEG, PNG y WebP.
seller-image-too-many-pixels = La imagen tiene demasiados píxeles. Usa una más pequeña.
seller-image-unreadable = No se pudo leer la imagen. Prueba con otro archivo.
seller-image-not-uploaded = Vuelve a subir la imagen: los productos solo muestran imágenes guardadas en Caravan.
seller-editor-pricing = Precio, existencias y variantes
seller-editor-currency = Moneda
seller-editor-variants = Variantes
seller-editor-variants-hint = Hasta 3 propiedades, como color o talla. Cada combinación de sus valores es una variante con su propio precio y existencias.
seller-editor-property-name = Propiedad { $number }
seller-editor-property-values = Valores, separados por comas
seller-editor-property-add = Añadir una propiedad
seller-editor-property-remove = Quitar propiedad
seller-editor-skus = Variantes con precio y existencias
seller-sku-variant = Variante
seller-sku-single = Todas
seller-sku-code = Código SKU
seller-sku-price = Precio
seller-sku-discount = Precio rebajado
seller-sku-stock = Existencias
seller-sku-image = Imagen
seller-sku-image-none = Ninguna
seller-sku-code-of = Código SKU de { $variant }
seller-sku-price-of = Precio de { $variant }
seller-sku-discount-of = Precio rebajado de { $variant }
seller-sku-stock-of = Existencias de { $variant }
seller-sku-image-of = Imagen de { $variant }
seller-editor-shipping = Paquete y envío
seller-editor-weight = Peso del paquete (kg)
seller-editor-length = Largo (cm)
seller-editor-width = Ancho (cm)
seller-editor-height = Alto (cm)
seller-editor-handling = Días para enviar
seller-editor-template = Plantilla de envío
seller-editor-no-templates = Tu tienda aún no tiene plantillas de envío.
seller-field-template-not-yours = Elige una de las plantillas de envío de tu tienda.
seller-editor-save = Guardar ahora
seller-editor-publish = Publicar
seller-editor-republish = Publicar los cambios
seller-editor-republish-hint = Los cambios guardados no aparecen en la tienda hasta que los publiques.
seller-editor-unpublish = Retirar de la tienda
seller-editor-view-in-shop = Ver en la tienda
seller-listing-status-draft = Borrador: no está en la tienda
seller-listing-status-published = Publicado: está en la tienda
seller-listing-status-suspended = Suspendido por la plataforma
seller-summary-ready = Nada impide publicar
seller-summary-blocked = { $count ->
        [one] { $count } problema impide publicar
       *[other] { $count } problemas impiden publicar
    }
seller-summary-warnings = { $count ->
        [one] { $count } aviso; aun así puedes publicar.
       *[other] { $count } avisos; aun así puedes publicar.
    }
seller-save-new = Aún sin guardar. Tu trabajo se guarda en este dispositivo mientras escribes.
seller-save-idle = Todos los cambios guardados.
seller-save-pending = Cambios sin guardar, conservados en este dispositivo; se guardarán cuando hagas una pausa.
seller-save-saving = Guardando…
seller-save-saved = Todos los cambios guardados.
seller-save-offline = Sin conexión: los cambios se conservan en este dispositivo y se guardarán cuando vuelva la conexión.
seller-save-conflict = No guardado: este producto se ha modificado en otro lugar.
seller-conflict-title = Este producto se ha guardado en otra pestaña o dispositivo
seller-conflict-body = Se ha rechazado tu guardado porque el producto está ahora en la versión { $version } y tus cambios parten de la versión { $mine }. No se ha perdido nada de lo que escribiste: elige qué conservar.
seller-conflict-compare = Comparar las versiones
seller-conflict-use-theirs = Cargar la versión guardada
seller-conflict-keep-mine = Conservar mi versión y guardarla
seller-other-tab-title = Guardado en otra pestaña
seller-other-tab-body = Otra pestaña guardó la versión { $version } de este producto mientras aquí tienes cambios sin guardar.
seller-compare-caption = Versión guardada { $version } comparada con la tuya
seller-compare-field = Campo
seller-compare-theirs = Versión guardada
seller-compare-mine = Tu versión
seller-compare-same = Las versiones son iguales.
seller-restore-offer = Se han encontrado cambios sin guardar de este producto en otra ventana ({ $time }).
seller-restore = Restaurarlos
seller-restore-discard = Descartarlos
seller-restored = Se han restaurado tus cambios sin guardar de { $time }.

## Seller center: listings table (journey 4)

seller-listings-title = Productos
seller-listings-search = Buscar por título o número
seller-listings-status = Estado
seller-listings-status-all = Todos
seller-status-draft = Borrador
seller-status-published = Publicado
seller-status-suspended = Suspendido
seller-listings-count = { $count ->
        [one] { $count } producto
       *[other] { $count } productos
    }
seller-listings-empty = Ningún producto coincide. Cambia la búsqueda o el estado, o crea un producto.
seller-listings-untitled = (borrador sin título)
seller-listings-col-listing = Producto
seller-listings-col-status = Estado
seller-listings-col-price = Precio
seller-listings-col-stock = Existencias
seller-listings-col-verdicts = Comprobación de reglas
seller-listings-price-of = Precio de { $title }
seller-listings-stock-of = Existencias de { $title }
seller-listings-price-from = desde { $price }
seller-listings-stock-variants = { $stock } en { $count } variantes
seller-listings-blocks = Problemas que impiden publicar
seller-listings-blocks-count = { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
seller-listings-warns-count = { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
seller-bulk-label = Acciones en bloque
seller-bulk-selected = { $count ->
        [one] { $count } seleccionado
       *[other] { $count } seleccionados
    }
seller-bulk-select-all = Seleccionar todos los productos mostrados
seller-bulk-select = Seleccionar { $title }
seller-bulk-publish = Publicar
seller-bulk-unpublish = Retirar
seller-bulk-published = Publicados: { $done }. Rechazados: { $refused } (abre un producto para ver el motivo).
seller-bulk-unpublished = Retirados: { $done }. Rechazados: { $refused }.

## Seller center: licences and brands (journey 9)

seller-documents-title = Licencias y marcas
seller-documents-intro = Algunos productos necesitan una licencia (alcohol, productos sanitarios), algunas categorías una cualificación (cosmética) y los productos de marca una autorización de la marca. Los productos que las necesitan se pueden publicar cuando la plataforma las haya aprobado.
seller-documents-submit-title = Enviar un documento
seller-documents-kind = Tipo
seller-documents-kind-licence = Licencia para productos restringidos
seller-documents-kind-qualification = Cualificación de categoría
seller-documents-kind-brand = Autorización de marca o certificado de marca registrada
seller-documents-name = Nombre
seller-documents-brand = Marca
seller-documents-reference = Número o descripción del documento
seller-documents-reference-hint = Por ejemplo, el número de licencia y quién la expidió.
seller-documents-submit = Enviar a revisión
seller-documents-submitted = Enviado. La plataforma revisa los documentos en 2 días laborables.
seller-documents-none = Aún no hay documentos registrados.
seller-documents-on-file = { $count ->
        [one] { $count } documento registrado
       *[other] { $count } documentos registrados
    }
seller-documents-status = Revisión
seller-documents-reason = Motivo: { $reason }

## Seller center: orders and disputes (journeys 5 and 6)

seller-nav-orders = Pedidos
seller-nav-disputes = Disputas
seller-orders-new-count = { $count ->
        [one] { $count } pedido nuevo
       *[other] { $count } pedidos nuevos
    }
seller-duration-days = { $days } d { $hours } h { $minutes } min
seller-duration-hours = { $hours } h { $minutes } min { $seconds } s
seller-ship-left = Envía en { $time }
seller-ship-overdue = Retrasado { $time }
seller-ship-overdue-now = Retrasado: no se envió a tiempo
seller-order-status-awaiting-payment = Pendiente de pago
seller-order-status-paid = Por enviar
seller-order-status-shipped = Enviado
seller-order-status-delivered = Entregado
seller-order-status-completed = Completado
seller-order-status-cancelled = Cancelado
seller-order-status-expired = No pagado a tiempo
seller-orders-title = Pedidos
seller-orders-views = Listas de pedidos
seller-orders-to-ship = Por enviar
seller-orders-all = Todos los pedidos
seller-orders-status = Estado
seller-orders-any-status = Cualquier estado
seller-orders-to-ship-hint = Pedidos pagados que te esperan, primero el plazo de envío más cercano. Envía dentro del plazo de preparación e introduce el número de seguimiento; si no, el pedido cuenta como vendido pero no enviado.
seller-orders-none-to-ship = Ahora no hay nada que enviar.
seller-orders-none = Aún no hay pedidos aquí.
seller-orders-count = { $count ->
        [one] { $count } pedido
       *[other] { $count } pedidos
    }
seller-orders-more = Ver más pedidos
seller-orders-new = Nuevo
seller-orders-units = { $count ->
        [one] ({ $count } artículo)
       *[other] ({ $count } artículos)
    }
seller-order-number = Pedido { $id }
seller-order-back = Volver a los pedidos
seller-order-facts = Detalles del pedido
seller-order-placed = Realizado
seller-order-paid = Pagado
seller-order-buyer = Comprador
seller-order-country = Se envía a
seller-order-ship-by = Enviar antes del
seller-order-shipment = Envío
seller-order-items = Artículos
seller-order-line-quantity = { $count } × { $price }
seller-order-items-total = Artículos
seller-order-discount = Descuento
seller-order-shipping = Envío
seller-order-total = Total
seller-order-address = Dirección de entrega
seller-ship-title = Enviar este pedido
seller-ship-intro = Entrega el paquete al transportista e introduce su número de seguimiento. Se avisa al comprador al momento.
seller-ship-class = Clase logística
seller-ship-tracking = Número de seguimiento
seller-ship-tracking-hint = De 6 a 40 letras, cifras o guiones, como en la etiqueta del transportista.
seller-ship-carrier = Transportista (opcional)
seller-ship-submit = Marcar como enviado
seller-ship-done = Enviado. El comprador ya puede seguir el paquete.
seller-ship-back-to-queue = Volver a los pedidos por enviar
seller-ship-tracking-invalid = Introduce el número de seguimiento como en la etiqueta: de 6 a 40 letras, cifras o guiones.
seller-ship-carrier-invalid = El nombre del transportista puede tener como máximo 60 caracteres.
seller-ship-not-shippable = Este pedido ya no se puede enviar: mientras tanto se envió o se canceló.
seller-disputes-title = Disputas
seller-disputes-intro = Responde a cada disputa nueva en 5 días; si no, se cierra a favor del comprador y cuenta en contra de tu tienda.
seller-disputes-none = No hay disputas. ¡Bien hecho!
seller-disputes-count = { $count ->
        [one] { $count } disputa
       *[other] { $count } disputas
    }
seller-dispute-number = Disputa { $id } del pedido { $order }
seller-dispute-order-total = Total del pedido: { $amount }
seller-dispute-back = Volver a las disputas
seller-dispute-stage = Estado de la disputa
seller-dispute-stage-awaiting = Espera tu respuesta
seller-dispute-stage-negotiating = En negociación
seller-dispute-stage-arbitration = En manos de Caravan
seller-dispute-stage-resolved = Cerrada
seller-respond-left = Quedan { $time } para responder
seller-respond-overdue = El plazo de respuesta venció hace { $time }
seller-dispute-answer-by = Responde antes del { $date }.
seller-dispute-answer-hint = Un mensaje o una oferta cuentan como respuesta. Sin ellos, la disputa se cierra a favor del comprador.
seller-dispute-negotiating = Has respondido. Llega a un acuerdo con el comprador o pide a Caravan que decida.
seller-dispute-arbitration = Caravan está revisando las pruebas de ambas partes y decidirá antes del { $date }.
seller-dispute-arbitration-pending = Caravan está revisando las pruebas de ambas partes.
seller-dispute-outcome-seller-accepted = Resuelta: aceptaste la solicitud del comprador. Reembolsado: { $amount }.
seller-dispute-outcome-buyer-accepted = Resuelta: el comprador aceptó tu oferta. Reembolsado: { $amount }.
seller-dispute-outcome-timeout = Cerrada a favor del comprador: no hubo respuesta a tiempo. Reembolsado: { $amount }.
seller-dispute-outcome-for-buyer = Caravan decidió a favor del comprador. Reembolsado: { $amount }.
seller-dispute-outcome-for-seller = Caravan decidió a tu favor. No se reembolsó nada.
seller-dispute-outcome-withdrawn = El comprador retiró la disputa.
seller-dispute-decision-reason = Motivos de Caravan:
seller-dispute-claim = La reclamación del comprador
seller-dispute-reason = Problema
seller-dispute-reason-not-received = No recibido
seller-dispute-reason-not-as-described = No es como se describía
seller-dispute-counterfeit = parece falsificado
seller-dispute-damaged = llegó dañado
seller-dispute-requested = Solicita
seller-dispute-order = Pedido
seller-dispute-opened = Abierta
seller-remedy-full-refund = Un reembolso total
seller-remedy-partial-refund = Un reembolso parcial
seller-remedy-partial-refund-of = Un reembolso parcial de { $amount }
seller-remedy-resend = Volver a enviar el artículo
seller-dispute-buyer-asks = El comprador solicita
seller-dispute-accept = Aceptar la solicitud del comprador
seller-dispute-escalate = Pedir a Caravan que decida
seller-dispute-escalate-hint = Si no llegáis a un acuerdo, Caravan revisa las pruebas de ambas partes y decide en 7 días hábiles.
seller-dispute-thread = Mensajes e historial
seller-dispute-by-buyer = Comprador
seller-dispute-by-you = Tú
seller-dispute-by-caravan = Caravan
seller-dispute-event-opened = abrió la disputa
seller-dispute-event-message = escribió
seller-dispute-event-offer = hizo una oferta
seller-dispute-event-accepted = aceptó la oferta
seller-dispute-event-escalated = pidió a Caravan que decida
seller-dispute-event-decided = decidió
seller-dispute-event-timed-out = venció el plazo de respuesta
seller-dispute-event-withdrawn = retiró la disputa
seller-dispute-message-title = Responder al comprador
seller-dispute-message = Tu mensaje
seller-dispute-message-required = Escribe primero un mensaje.
seller-dispute-message-send = Enviar el mensaje
seller-evidence-label = Fotos como prueba
seller-evidence-hint = JPEG, PNG o WebP, hasta 5 MB cada una, como máximo { $count }.
seller-evidence-uploading = Subiendo…
seller-evidence-too-many = Puedes añadir como máximo { $count } fotos.
seller-evidence-too-large = Esa foto supera los 5 MB. Elige una más pequeña.
seller-evidence-wrong-type = Ese archivo no es una imagen JPEG, PNG o WebP.
seller-evidence-picture = Foto de prueba { $number }
seller-evidence-remove = Quitar la foto { $number }
seller-offer-title = Hacer una oferta
seller-offer-kind = Qué ofreces
seller-offer-amount = Reembolso en { $currency }
seller-offer-amount-hint = Menos que el total del pedido, { $total }; por ejemplo 5,50.
seller-offer-amount-invalid = Introduce un importe mayor que cero e inferior a { $total }, por ejemplo 5,50.
seller-offer-amount-refused = Caravan no puede reembolsar ese importe en este pedido. Introduce uno menor.
seller-offer-note = Nota para el comprador (opcional)
seller-offer-send = Enviar la oferta
seller-dispute-error-closed = Esta disputa está cerrada.
seller-dispute-error-wrong-step = No es posible en esta fase de la disputa.
seller-dispute-error-escrow = Caravan ya no retiene el pago de este pedido.

## Seller center: promotions, service score, penalties and appeals (journeys 7 and 8)

seller-nav-promotions = Promociones
seller-nav-service = Puntuación de servicio
seller-nav-penalties = Sanciones
seller-save-held = Sin guardar: una promoción aprobada prohíbe este cambio (mira los campos marcados con PRM-2). Se conserva en este dispositivo.
seller-editor-promotion-frozen = Este anuncio está en una promoción aprobada. Hasta que termine no puedes subir un precio ni el coste de envío, editar la descripción ni retirar el anuncio del catálogo (PRM-2).
seller-editor-promotion-until = «{ $name }» hasta el { $end }
seller-editor-unpublish-promotion = Un anuncio en una promoción aprobada sigue en el catálogo hasta que la promoción termine.
seller-promo-title = Promociones
seller-promo-intro = Ofrece un descuento durante el periodo que elijas o únete a una oferta flash. Cada promoción solo se activa cuando la plataforma la aprueba y, una vez aprobada, sus precios, existencias y descripción quedan congelados hasta que termine.
seller-promo-apply-title = Solicitar una promoción
seller-promo-name = Nombre de la promoción
seller-promo-kind = Tipo
seller-promo-kind-discount = Descuento
seller-promo-kind-flash = Oferta flash ({ $hours } horas)
seller-promo-kind-flash-short = Oferta flash
seller-promo-discount = Qué se descuenta
seller-promo-discount-percent = Un porcentaje del precio
seller-promo-discount-fixed = Un importe fijo
seller-promo-percent = Porcentaje de descuento
seller-promo-percent-hint = Un número entero del 1 al 90.
seller-promo-amount = Importe de descuento ({ $currency })
seller-promo-amount-hint = Se descuenta de cada unidad; debe quedar por debajo del precio de cada variante elegida.
seller-promo-starts = Empieza
seller-promo-ends = Termina
seller-promo-session = Sesión flash
seller-promo-session-hint = Las sesiones duran { $hours } horas y empiezan a horas fijas cada día; cada una admite como máximo 10 productos.
seller-promo-items = Productos
seller-promo-add-listing = Añadir un anuncio publicado
seller-promo-items-none = Aún no hay productos. Añade un anuncio: se añaden todas sus variantes y puedes quitar las que no quieras.
seller-promo-item-facts = Precio { $price } · { $stock } en existencias
seller-promo-stock = Existencias de la promoción para { $sku }
seller-promo-remove = Quitar { $sku }
seller-promo-remove-short = Quitar
seller-promo-submit = Solicitar aprobación
seller-promo-clear = Empezar de nuevo
seller-promo-sent = «{ $name }» se ha enviado para su aprobación.
seller-promo-list-title = Tus promociones
seller-promo-none = Aún no hay promociones.
seller-promo-status-pending = Pendiente de aprobación
seller-promo-status-scheduled = Aprobada, empieza más tarde
seller-promo-status-active = En curso
seller-promo-status-ended = Terminada
seller-promo-status-rejected = Rechazada
seller-promo-status-withdrawn = Retirada
seller-promo-off-percent = { $percent } % de descuento
seller-promo-off-amount = { $amount } de descuento
seller-promo-period = Del { $start } al { $end }
seller-promo-skus = { $count ->
        [one] 1 variante
       *[other] { $count } variantes
    }
seller-promo-removed = { $count ->
        [one] (1 retirada por una sanción)
       *[other] ({ $count } retiradas por una sanción)
    }
seller-promo-frozen-hint = Aprobada: hasta que termine, los precios, el coste de envío y la descripción de estos anuncios quedan congelados, y las existencias de la promoción y el descuento solo pueden aumentar (PRM-2).
seller-promo-withdraw = Retirar
seller-promo-withdraw-pending-note = ¿Retirar esta solicitud? Aún no está aprobada, así que no pasa nada más.
seller-promo-withdraw-approved-warning = Esta promoción está aprobada. Abandonarla ahora incumple PRM-2: sus productos se retiran y tu tienda queda excluida de las promociones durante 6 meses.
seller-promo-withdraw-confirm = Retirar de todos modos
seller-promo-withdraw-keep = Mantenerla
seller-promo-error-name-length = Pon a la promoción un nombre de 1 a 80 caracteres.
seller-promo-error-required = Rellena este campo.
seller-promo-error-in-past = El inicio no puede estar en el pasado.
seller-promo-error-not-a-session = Elige una de las próximas sesiones flash.
seller-promo-error-period = Un descuento dura de 1 hora a 90 días desde su inicio.
seller-promo-error-percent = Descuenta entre el 1 y el 90 por ciento.
seller-promo-error-amount = Descuenta al menos la unidad más pequeña de la moneda.
seller-promo-error-amount-too-large = El importe debe quedar por debajo del precio de cada variante elegida.
seller-promo-error-stock = Las existencias de la promoción van de 1 a las existencias de la variante.
seller-promo-error-count = Añade entre 1 y 100 variantes.
seller-promo-error-duplicate = Esta variante aparece dos veces.
seller-promo-error-not-published = Solo tus anuncios publicados pueden entrar en una promoción.
seller-promo-error-mixed-currency = Todos los anuncios de una promoción deben tener precio en la misma moneda.
seller-promo-error-unknown-sku = El anuncio ya no tiene esta variante.
seller-promo-error-in-promotion = Esta variante ya está en otra promoción en esas fechas.
seller-service-title = Puntuación de servicio
seller-service-intro = Cómo valoran los compradores tu tienda y con qué fiabilidad les atiende, en los últimos 90 días. La plataforma evalúa estas cifras y puede sancionar a una tienda cuyas medidas superen los límites.
seller-service-window = Pedidos realizados del { $start } al { $end }
seller-service-assessment = Evaluación
seller-service-meter-title = { $orders } pedidos en los últimos 90 días; una tienda se evalúa a partir de { $min } pedidos.
seller-service-threshold = { $min } pedidos: evaluada
seller-service-assessed = Tu tienda tiene pedidos suficientes para ser evaluada (SRV-7).
seller-service-not-assessed = Tu tienda aún está creciendo: se evalúa cuando tenga { $min } pedidos en 90 días, { $missing } más que ahora (SRV-7).
seller-service-counted = { $orders } pedidos pagados, { $counted } contabilizados, { $excluded } excluidos.
seller-service-dsr-title = Valoraciones detalladas del vendedor
seller-service-dsr-count = { $count ->
        [one] De 1 pedido valorado.
       *[other] De { $count } pedidos valorados.
    }
seller-service-no-ratings = Aún sin valoraciones
seller-service-stars = { $value } / 5
seller-service-percent = { $value } %
seller-service-described = Artículo según la descripción
seller-service-described-help = ¿Coincide la mercancía con el texto y las fotos del anuncio? El comprador lo valora del 1 al 5.
seller-service-communication = Comunicación
seller-service-communication-help = Lo útiles y rápidas que fueron tus respuestas, del 1 al 5.
seller-service-shipping = Rapidez de envío
seller-service-shipping-help = Lo rápido que se envió el pedido, del 1 al 5.
seller-service-positive = Valoraciones positivas
seller-service-positive-help = Proporción de valoraciones de pedidos con 4 o 5 estrellas.
seller-service-trend-title = Valoraciones detalladas del vendedor, semana a semana
seller-service-trend-desc = Valoración media de 1 a 5 estrellas en cada una de { $weeks } semanas; { $rated } tienen valoraciones. Las semanas sin valoraciones dejan un hueco.
seller-service-point = { $series }, semana del { $week }: { $value } / 5
seller-service-measures-title = Medidas de servicio
seller-service-bars-title = Cuántas veces ocurrió cada problema en los últimos 90 días
seller-service-rate = ({ $rate } % de los pedidos contabilizados)
seller-service-bad-reviews = Malas reseñas
seller-service-bad-reviews-help = Pedidos valorados con 3 estrellas o menos.
seller-service-bad-dsr = Malas valoraciones detalladas
seller-service-bad-dsr-help = «Artículo según la descripción» o comunicación valorados con 3 o menos, o rapidez de envío valorada con 1 (el envío se juzga con indulgencia porque lo controlas menos).
seller-service-bad-described = Malas valoraciones de «según la descripción»
seller-service-bad-communication = Malas valoraciones de comunicación
seller-service-bad-shipping = Malas valoraciones de envío
seller-service-not-shipped = Vendidos pero no enviados
seller-service-not-shipped-help = Pedidos pagados que no se enviaron a tiempo.
seller-service-arbitration = Enviados a arbitraje
seller-service-arbitration-help = Disputas que pasaron a la plataforma para que decidiera.
seller-service-timeouts = Respuestas a disputas no dadas
seller-service-timeouts-help = Disputas que no contestaste a tiempo.
seller-service-excluded = Excluidos
seller-service-excluded-help = No cuentan los pedidos cuya disputa por «no recibido» se cerró, ni sus reseñas, fuera quien fuera el reembolsado.
seller-service-findings = Por encima de los límites
seller-penalties-title = Sanciones y recursos
seller-penalties-intro = Cada sanción indica la norma, los hechos y hasta cuándo se aplica. Puedes recurrir una sanción hasta su plazo; la plataforma la levanta o la mantiene.
seller-penalties-none = Tu tienda no tiene sanciones.
seller-standing-title = Qué puede hacer tu tienda ahora
seller-standing-can-sell = Tus anuncios están en el catálogo y se pueden comprar.
seller-standing-cannot-sell = La actividad comercial está suspendida: tus anuncios no se pueden comprar.
seller-standing-can-publish = Puedes publicar anuncios.
seller-standing-cannot-publish = No puedes publicar anuncios.
seller-standing-can-promote = Puedes solicitar promociones.
seller-standing-cannot-promote = No puedes solicitar promociones.
seller-standing-ban-until = Excluida de las promociones hasta el { $date }.
seller-standing-ip = Historial de propiedad intelectual: { $points } puntos, { $serious } infracciones graves.
seller-penalty-level-warning = Advertencia
seller-penalty-level-restricted = Operaciones restringidas
seller-penalty-level-suspended = Actividad suspendida
seller-penalty-level-ended = Colaboración finalizada
seller-penalty-level-promotion-ban = Excluida de las promociones
seller-penalty-status-active = En vigor
seller-penalty-status-expired = Caducada
seller-penalty-status-lifted = Levantada
seller-penalty-reason = Motivo
seller-penalty-issued = Impuesta
seller-penalty-expiry = Se aplica hasta
seller-penalty-expires = { $date }
seller-penalty-no-expiry = Sin fecha de fin
seller-penalty-automated = decidida automáticamente
seller-penalty-by-staff = decidida por el personal de la plataforma
seller-penalty-statement = Exposición de motivos
seller-penalty-policy = Normas aplicadas: política { $version }.
seller-penalty-lift-reason = Levantada: { $reason }
seller-appeal-title = Recurso
seller-appeal-status-pending = En revisión
seller-appeal-status-lifted = Estimado: la sanción se ha levantado
seller-appeal-status-upheld = Desestimado: la sanción se mantiene
seller-appeal-label = ¿Por qué debería levantarse esta sanción?
seller-appeal-hint = Explica los hechos en 10 a 2000 caracteres. Puedes recurrir hasta el { $date }.
seller-appeal-submit = Enviar el recurso
seller-appeal-closed = El plazo para recurrir terminó el { $date }.
seller-appeal-error-length = Escribe entre 10 y 2000 caracteres.
