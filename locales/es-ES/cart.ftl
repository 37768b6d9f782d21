# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = Cantidad
product-add-to-cart = Añadir al carrito
product-added =
    { $count ->
        [one] Añadido. Tienes 1 en el carrito.
       *[other] Añadido. Tienes { $count } en el carrito.
    }
product-view-cart = Ver carrito
product-cart-full = Tu carrito está lleno. Finaliza la compra o quita algo primero.
product-deal = Oferta
product-flash-deal = Oferta relámpago
quantity-fewer = Uno menos
quantity-more = Uno más
cart-title =
    { $count ->
        [0] Carrito
        [one] Carrito (1 artículo)
       *[other] Carrito ({ $count } artículos)
    }
cart-empty = Tu carrito está vacío.
cart-continue = Seguir comprando
cart-deliver-to = Enviar a
cart-pricing = Comprobando precios y envío…
cart-quote-failed = No pudimos comprobar precios y existencias ahora, así que el carrito muestra los precios que viste. Tu carrito está guardado.
cart-quantity-of = Cantidad de { $item }
cart-remove-item = Quitar { $item }
cart-remove = Quitar
cart-accept-price = Aceptar el nuevo precio
cart-take-available = Cambiar a { $count }
cart-cheapest-shipping = Usar el envío más barato
cart-summary = Resumen del pedido
cart-fix-problems = Algunos artículos necesitan tu atención antes de pagar.
cart-checkout = Ir a pagar
cart-problem-unavailable = Este artículo ya no está disponible.
cart-problem-not-shipped = Este artículo no se envía a { $country }.
cart-problem-class-unavailable = El método de envío elegido no llega a { $country }.
cart-problem-out-of-stock = Agotado.
cart-problem-over-stock =
    { $count ->
        [one] Solo queda 1.
       *[other] Solo quedan { $count }.
    }
cart-problem-over-limit = Como máximo { $count } por pedido.
cart-problem-invalid-quantity = Elige una cantidad de al menos 1.
cart-problem-price-changed = El precio cambió de { $was } a { $now }.
cart-problem-price-changed-plain = El precio ha cambiado.
cart-problem-duplicate = Este artículo está dos veces en el carrito.
cart-problem-own-listing = Este artículo es de tu propia tienda, así que no puedes comprarlo.
totals-items = Artículos
totals-discount = Descuentos
totals-shipping = Envío
totals-total = Total
totals-free = Gratis
totals-charged = Se te cobran { $amount } en { $currency }. Convertido a { $rate }, el tipo de referencia del { $date }.

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days = { $min }–{ $max } días
