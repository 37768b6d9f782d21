# Pedidos, disputas, valoraciones, notificaciones y preferencias de la cuenta (área de cuenta; ayudante buyerorders).

account-orders = Tus pedidos
account-notifications = Notificaciones
account-preferences = Preferencias
account-language = Idioma
account-currency = Moneda de los precios
account-currency-hint = Los precios se convierten a título informativo; los pedidos se cobran en dólares estadounidenses.
account-addresses = Direcciones de entrega
account-address-remove = Quitar la dirección { $address }
account-address-remove-short = Quitar

orders-title = Tus pedidos
orders-empty = Todavía no has pedido nada.
orders-start-shopping = Empezar a comprar
orders-more = Ver pedidos anteriores
orders-units = { $count ->
    [one] 1 artículo
   *[other] { $count } artículos
}

order-status-awaiting-payment = Pendiente de pago
order-status-paid = Pagado, pendiente de envío
order-status-shipped = Enviado
order-status-delivered = Entregado
order-status-completed = Completado
order-status-cancelled = Cancelado
order-status-expired = No pagado a tiempo

order-back = ← Todos los pedidos
order-title = Pedido { $id }
order-from = de { $shop }
order-progress = Progreso
order-step-placed = Realizado
order-step-paid = Pagado
order-step-shipped = Enviado
order-step-delivered = Entregado
order-step-completed = Completado
order-step-cancelled = Cancelado
order-step-expired = Caducado, sin pagar
order-pay-by = Págalo a tiempo o se cancelará: { $left }.
order-ship-by = El vendedor debe enviarlo antes del { $date } ({ $left }).
order-auto-confirm = Si no haces nada, la recepción se confirmará el { $date } ({ $left }).
order-confirm-receipt = Confirmar recepción
order-confirm-question = ¿Ha llegado el pedido tal como se describía? Al confirmar, el pago se entrega al vendedor.
order-confirm-yes = Sí, lo he recibido
order-confirmed = Gracias. El vendedor ha recibido el pago.
order-cancel = Cancelar pedido
order-cancel-question = ¿Cancelar este pedido? Un pedido pagado se reembolsa íntegramente.
order-cancel-reason = ¿Por qué? (opcional)
order-cancel-yes = Cancelar el pedido
order-cancelled = El pedido está cancelado.
order-keep = Volver
order-items = Artículos
order-quantity = Cantidad: { $count }
order-items-total = Artículos
order-shipping = Envío
order-total = Total cobrado
order-display-total = Unos { $amount } al tipo de cambio del { $date }.
order-paid-with = Pagado con { $brand } terminada en { $last4 }
order-address = Dirección de entrega

escrow-title = Tu pago
escrow-none = Todavía no se ha pagado nada.
escrow-held = Caravan guarda tus { $amount } de forma segura. El vendedor solo cobra cuando confirmas la recepción.
escrow-held-until = Caravan guarda tus { $amount } de forma segura. El vendedor cobra cuando confirmas la recepción, o el { $date } si no haces nada.
escrow-released-buyer = Confirmaste la recepción, así que el pago fue al vendedor.
escrow-released-timeout = Pasó el plazo para confirmar la recepción, así que el pago fue al vendedor.
escrow-released-decision = Tras la decisión de Caravan, el pago fue al vendedor.
escrow-refunded = Se te han reembolsado { $amount }.
escrow-payout = El vendedor recibe el dinero en 3 a 5 días hábiles.

tracking-title = Seguimiento
tracking-number = Número de seguimiento { $number }
tracking-placed = Pedido realizado
tracking-paid = Pago recibido
tracking-shipped = Entregado al transportista
tracking-in-transit = En camino
tracking-out-for-delivery = En reparto
tracking-exception = Problema con la entrega
tracking-delivered = Entregado
tracking-completed = Recepción confirmada
tracking-cancelled = Cancelado
tracking-expired = No pagado a tiempo
tracking-not-shipped-in-time = El vendedor no lo envió a tiempo

deadline-passed = el plazo ha vencido
deadline-days-left = { $count ->
    [one] queda 1 día
   *[other] quedan { $count } días
}
deadline-hours-left = { $count ->
    [one] queda 1 hora
   *[other] quedan { $count } horas
}
deadline-minutes-left = { $count ->
    [one] queda 1 minuto
   *[other] quedan { $count } minutos
}

order-error-not-cancellable = Este pedido ya no se puede cancelar: ha sido enviado.
order-error-payment-in-progress = Se está procesando un pago de este pedido. Inténtalo de nuevo en un minuto.
order-error-not-confirmable = La recepción se puede confirmar cuando el pedido se haya enviado.
order-error-dispute-open = Este pedido tiene una disputa abierta. Decide su resultado, o retírala antes.

dispute-title = Problema con el pedido
dispute-intro = ¿No llegó el paquete o el artículo no es como se describía? Abre una disputa: tu pago se queda en Caravan hasta que se resuelva.
dispute-open = Abrir una disputa
dispute-reason = ¿Qué ocurre?
dispute-reason-not-received = No lo he recibido
dispute-reason-not-as-described = No es como se describía
dispute-counterfeit = Parece falsificado
dispute-damaged = Llegó dañado
dispute-remedy = ¿Qué te gustaría?
remedy-full-refund = Un reembolso total
remedy-partial-refund = Un reembolso parcial
remedy-partial-refund-of = Un reembolso parcial de { $amount }
remedy-resend = Que se envíe el artículo de nuevo
dispute-amount = Importe en { $currency }
dispute-amount-invalid = Introduce un importe mayor que cero y como máximo lo que pagaste, por ejemplo 12.50.
dispute-description = ¿Qué ha pasado?
dispute-description-hint = Al menos 10 caracteres. Lo leen el vendedor y, si hace falta, Caravan.
dispute-description-short = Escribe al menos 10 caracteres.
dispute-submit = Abrir la disputa
evidence-label = Fotos
evidence-hint = JPEG, PNG o WebP, hasta 5 MB cada una, como máximo { $count }. Necesarias si el artículo no es como se describía.
evidence-uploading = Subiendo…
evidence-too-many = Puedes añadir como máximo { $count } fotos.
evidence-too-large = Esa foto supera los 5 MB. Elige una más pequeña.
evidence-not-picture = Ese archivo no es una imagen JPEG, PNG o WebP.
evidence-required = Añade al menos una foto que muestre el problema.
evidence-picture = Foto { $number }
evidence-remove = Quitar la foto { $number }
dispute-by-you = Tú
dispute-by-seller = Vendedor
dispute-by-caravan = Caravan
dispute-awaiting-seller = Esperando la respuesta del vendedor hasta el { $date } ({ $left }). Si el vendedor no responde, la disputa se cierra a tu favor.
dispute-negotiating = El vendedor ha respondido. Acepta su oferta, haz una contraoferta o pide a Caravan que decida.
dispute-arbitration = Caravan está revisando la disputa y decidirá antes del { $date } ({ $left }).
dispute-arbitration-pending = Caravan está revisando la disputa.
dispute-outcome-seller-accepted = Resuelta: el vendedor aceptó. Reembolsado: { $amount }.
dispute-outcome-buyer-accepted = Resuelta: aceptaste la oferta del vendedor. Reembolsado: { $amount }.
dispute-outcome-timeout = Cerrada a tu favor: el vendedor no respondió a tiempo. Reembolsado: { $amount }.
dispute-outcome-for-buyer = Caravan decidió a tu favor. Reembolsado: { $amount }.
dispute-outcome-for-seller = Caravan decidió a favor del vendedor.
dispute-outcome-withdrawn = Retiraste la disputa.
dispute-requested = Pediste
dispute-opened = Abierta
dispute-seller-offers = El vendedor ofrece:
dispute-accept = Aceptar esta oferta
dispute-counter = Hacer una contraoferta
dispute-note = Nota (opcional)
dispute-send-offer = Enviar la oferta
dispute-escalate = Pedir a Caravan que decida
dispute-escalate-hint = Caravan revisa las pruebas de ambas partes y decide en pocos días hábiles.
dispute-withdraw = Retirar la disputa
dispute-message-title = Añadir un mensaje o fotos
dispute-message = Tu mensaje
dispute-message-send = Enviar
dispute-history = Historial
dispute-event-opened = abrió la disputa
dispute-event-message = escribió
dispute-event-offer = hizo una oferta
dispute-event-accepted = aceptó la oferta
dispute-event-escalated = pidió a Caravan que decidiera
dispute-event-decided = decidió
dispute-event-timed-out = el vendedor no respondió a tiempo
dispute-event-withdrawn = retiró la disputa
dispute-error-exists = Este pedido ya tiene una disputa.
dispute-error-closed = Esta disputa está cerrada.
dispute-error-wrong-step = Eso no es posible en este paso de la disputa.
dispute-error-rules = No se puede abrir la disputa así: hace falta un pedido pagado, y fotos si el artículo no es como se describía.
dispute-error-escrow = Caravan ya no guarda el pago de este pedido.

review-title = Tu valoración
review-overall = Tu valoración del pedido
review-dsr-intro = ¿Y qué tal el vendedor?
review-dsr-described = Artículo como se describía
review-dsr-communication = Comunicación
review-dsr-shipping = Rapidez del envío
review-stars = { $count ->
    [one] 1 estrella
   *[other] { $count } estrellas
}
review-choose-stars = Elige de 1 a 5 estrellas.
review-text = Tu opinión (opcional)
review-submit = Enviar valoración
review-thanks = Gracias por tu valoración del { $date }.
review-error-not-completed = Puedes valorar un pedido cuando esté completado.
review-error-exists = Ya has valorado este pedido.

notifications-title = Notificaciones
notifications-empty = Nada nuevo. Aquí aparecen las novedades de tus pedidos.
notifications-unread = { $count ->
    [one] 1 sin leer
   *[other] { $count } sin leer
}
notifications-mark-read = Marcar todo como leído
notifications-new = Nuevo:
notification-order-placed = Pedido { $order } realizado.
notification-order-paid = Pago del pedido { $order } recibido.
notification-order-shipped = El pedido { $order } está en camino.
notification-order-delivered = El pedido { $order } se ha entregado. Confirma la recepción si todo está bien.
notification-order-completed = El pedido { $order } está completado.
notification-order-cancelled = El pedido { $order } se ha cancelado.
notification-order-expired = El pedido { $order } no se pagó a tiempo y se ha cancelado.
notification-order-not-shipped-in-time = El vendedor no envió el pedido { $order } a tiempo.
notification-dispute-opened = Se ha abierto una disputa sobre el pedido { $order }.
notification-dispute-message = Nuevo mensaje en la disputa del pedido { $order }.
notification-dispute-offer = Nueva oferta en la disputa del pedido { $order }.
notification-dispute-escalated = La disputa del pedido { $order } ha pasado a Caravan para que decida.
notification-dispute-resolved = La disputa del pedido { $order } está resuelta.
notification-other = Una novedad sobre tu cuenta.
