# La tienda: catálogo y página de producto.

home-title = Tienda Caravan
home-popular = Lo más popular ahora
categories-label = Categorías
categories-all = Todo
catalogue-empty = Todavía no hay nada aquí. Prueba otra categoría.
catalogue-show-more = Ver más
price-was = Antes
listing-free-shipping = Envío gratis
listing-new = Nuevo
listing-rating = Valoración: { $rating } de 5
listing-orders =
    { $count ->
        [one] { $count } pedido
       *[other] { $count } pedidos
    }
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
product-delivery-days = { $min }–{ $max } días
product-specifications = Características
product-description = Descripción
logistics-economy = Económico
logistics-standard = Exprés estándar
logistics-commercial = Exprés comercial
logistics-overseas-warehouse = Almacén en el extranjero
shop-ships-from = Se envía desde { $country }
shop-return-policy = Devoluciones y reembolsos
price-approximate = Precio aproximado, convertido de { $amount }
product-charged-in = Se te cobra en { $currency }: { $amount }
product-converted-at = Los importes en otras monedas son aproximados, al tipo de referencia del { $date }.

# Search
search-label = Buscar
search-placeholder = Buscar productos