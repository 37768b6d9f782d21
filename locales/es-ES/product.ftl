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
