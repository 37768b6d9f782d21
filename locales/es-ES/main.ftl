# Textos compartidos: marca, navegación, estados que usan todas las páginas.

brand-name = Caravan
brand-tagline = Compra en todo el mundo, con entrega a domicilio
skip-to-content = Saltar al contenido
loading = Cargando…
action-retry = Reintentar
error-load-failed = No hemos podido cargar esto. Comprueba tu conexión e inténtalo de nuevo.
error-not-found = No hemos encontrado lo que buscabas. Puede que se haya retirado.
not-found-title = Página no encontrada
not-found-body = La página que buscas no existe o ha cambiado de dirección.
not-found-home = Volver a la tienda
language-label = Idioma
currency-label = Moneda
locale-load-failed = No hemos podido cargar { $language }. La página sigue en el idioma actual.
fx-unavailable = Los tipos de cambio no están disponibles ahora mismo, así que los precios se muestran en dólares estadounidenses.
notice-dismiss = Cerrar

# Header: account and cart links (buyer journeys).
header-shopper-label = Tu cuenta y tu carrito
header-sign-in = Iniciar sesión
header-cart =
    { $count ->
        [0] Carrito vacío
        [one] Carrito, { $count } artículo
       *[other] Carrito, { $count } artículos
    }
