# The product page's words: fetched with its code, the first time a product page opens.

breadcrumbs-label = Categoría
gallery-label = Fotos del producto
gallery-show-image = Ver foto { $number }
product-combination-unavailable = Esta combinación no está disponible
product-in-stock =
    { $count ->
        [one] Solo queda 1 en stock
       *[other] { $count } en stock
    }
product-out-of-stock = Agotado
product-shipping = Envío
product-specifications = Características
product-description = Descripción
shop-ships-from = Se envía desde { $country }
shop-return-policy = Devoluciones y reembolsos
product-charged-in = Se te cobra en { $currency }: { $amount }
product-converted-at = Los importes en otras monedas son aproximados, al tipo de referencia del { $date }.

# Gallery: swipe track, steps and position
gallery-track-label = Fotos: desliza o usa las flechas del teclado
gallery-thumbs-label = Elige una foto
gallery-previous = Foto anterior
gallery-next = Foto siguiente
gallery-position = { $number } / { $count }
gallery-position-spoken = Foto { $number } de { $count }
gallery-picture-alt = { $title }, foto { $number } de { $count }

# Ratings and reviews
reviews-title = Valoraciones y opiniones
reviews-loading = Cargando opiniones…
reviews-empty = Todavía no hay opiniones. Los compradores pueden valorar este producto cuando su pedido se complete.
reviews-count =
    { $count ->
        [one] { $count } valoración
       *[other] { $count } valoraciones
    }
reviews-positive = { $percent } de valoraciones positivas
reviews-distribution = Valoraciones por número de estrellas
reviews-stars-row =
    { $stars ->
        [one] { $stars } estrella
       *[other] { $stars } estrellas
    }
reviews-item-stars =
    { $count ->
        [one] Valorado con { $count } estrella de 5
       *[other] Valorado con { $count } estrellas de 5
    }
reviews-variant = Variante: { $variant }
reviews-more = Más opiniones
reviews-more-failed = No se pudieron cargar más opiniones. Inténtalo de nuevo.
