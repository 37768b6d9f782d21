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
logistics-economy = Económico
logistics-standard = Exprés estándar
logistics-commercial = Exprés comercial
logistics-overseas-warehouse = Almacén en el extranjero
price-approximate = Precio aproximado, convertido de { $amount }

# Search
search-label = Buscar
search-placeholder = Buscar productos