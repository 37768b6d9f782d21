# Mensajes para los códigos de error del servidor.

error-code-not-found = No lo hemos encontrado. Puede que se haya retirado.
error-code-bad-request = No hemos entendido la solicitud. Recarga la página e inténtalo de nuevo.
error-code-invalid-input = Algunos datos no son correctos. Revisa los campos marcados.
error-code-malformed-json = La solicitud llegó dañada. Recarga la página e inténtalo de nuevo.
error-code-invalid-body = Faltaban datos o había datos inesperados. Recarga la página e inténtalo de nuevo.
error-code-invalid-query = La dirección tiene un parámetro que no entendemos. Revisa el enlace e inténtalo de nuevo.
error-code-unsupported-media-type = Aquí no se acepta este tipo de archivo o de datos.
error-code-payload-too-large = Es demasiado grande para subirlo. Elige un archivo más pequeño.
error-code-method-not-allowed = Esta acción no es posible aquí.
error-code-unauthenticated = Inicia sesión para continuar.
error-code-invalid-credentials = El correo electrónico o la contraseña no son correctos.
error-code-wrong-role = Tu cuenta no tiene permiso para hacer esto.
error-code-csrf-check-failed = No hemos podido confirmar tu sesión. Recarga la página e inténtalo de nuevo.
error-code-email-taken = Ya existe una cuenta con este correo electrónico.
error-code-stale-version = Esto se ha modificado en otro lugar. Recarga para ver la última versión antes de guardar.
error-code-blocked-by-rules = Esto incumple una norma de la plataforma. Consulta los detalles más abajo.
error-code-too-many-requests = Demasiados intentos. Espera un momento y vuelve a intentarlo.
error-code-no-shop = Todavía no tienes tienda. Abre una primero en el centro de vendedores.
error-code-shop-exists = Ya tienes una tienda.
error-code-shop-name-taken = Este nombre de tienda ya está en uso. Elige otro.
error-code-not-pending = Esta solicitud ya se ha resuelto.
error-code-not-published = Este anuncio no está publicado.
error-code-listing-suspended = Este anuncio está suspendido y no se puede modificar.
error-code-internal = Algo ha fallado por nuestra parte. Inténtalo de nuevo.
error-code-document-on-file = Este documento ya está registrado o pendiente de revisión.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = Las operaciones de tu tienda están restringidas por una sanción. Consulta Sanciones en el centro de vendedores.
error-code-shop-suspended = La actividad comercial de tu tienda está suspendida. Sus anuncios no se pueden publicar ni comprar hasta que termine la sanción.
error-code-shop-closed = Caravan ha dado por terminada la colaboración con esta tienda.
error-code-promotion-banned = Tu tienda tiene prohibidas las promociones por ahora. Consulta la fecha de fin en Sanciones.
error-code-appeal-exists = Ya has recurrido esta sanción.
error-code-penalty-lifted = Esta sanción ya se ha levantado.
penalty-reason-staff-finding = El equipo de Caravan detectó un incumplimiento de { $rule }: { $facts }
penalty-reason-ip-closure = Las infracciones de propiedad intelectual alcanzaron el límite ({ $serious } graves, { $points } puntos), por lo que termina la colaboración.
error-code-promotion-overlap = Algunos de estos productos ya están en otra promoción en esas fechas.
error-code-promotion-terms-frozen = Una vez aprobada la promoción, sus productos y el tipo de descuento no cambian. Solo puedes añadir existencias o aumentar el descuento.
error-code-promotion-closed = Esta promoción ha terminado, se rechazó o se retiró.
error-code-dispute-exists = Este pedido ya tiene una disputa. Continúala desde la página del pedido.
error-code-dispute-closed = Esta disputa está cerrada.
error-code-dispute-wrong-step = Eso no es posible en esta fase de la disputa.
error-code-dispute-open = Este pedido tiene una disputa abierta. Su resultado decide qué pasa con el pago; también puedes retirarla antes.
error-code-escrow-not-held = El pago de este pedido ya no está retenido, así que no se puede reembolsar de esta forma.
error-code-buyer-only = Solo el comprador puede hacer esto.
error-code-order-not-completed = Puedes valorar un pedido cuando se haya completado.
error-code-review-exists = Ya has valorado este pedido.

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = Algunos artículos de tu carrito han cambiado o ya no se pueden pedir. Revisa los artículos marcados e inténtalo de nuevo.
error-code-idempotency-key-missing = No se pudo enviar el pedido de forma segura. Recarga la página e inténtalo de nuevo.
error-code-idempotency-key-invalid = No se pudo enviar el pedido de forma segura. Recarga la página e inténtalo de nuevo.
error-code-idempotency-key-reused = Este pedido ya se envió con otro contenido. Recarga la página para empezar un pedido nuevo.
error-code-not-payable = Este pedido ya no se puede pagar. Ha caducado o se ha cancelado.
error-code-payment-in-progress = Tu pago se está procesando. Espera un momento y recarga la página.
error-code-card-declined = Tu tarjeta ha sido rechazada. Prueba con otra tarjeta.
error-code-payment-retry = No se pudo completar el pago en este momento. No se ha cobrado nada. Inténtalo de nuevo.
error-code-not-cancellable = Este pedido ya no se puede cancelar porque ya se ha enviado.
error-code-not-confirmable = La recepción solo se puede confirmar una vez, después del envío del pedido.
error-code-not-shippable = Solo se pueden enviar pedidos pagados que aún no se hayan enviado.
error-code-not-in-transit = Solo se pueden añadir datos de seguimiento a pedidos enviados que aún no se hayan entregado.

# Account: address book (account helper, journey 9).
error-code-address-book-full = Tu libreta de direcciones está llena (20 direcciones). Elimina una para guardar otra.
