# The platform console's screens (loaded when the console opens).

console-title = Consola de la plataforma

## Platform console: frame and review queues (issue 4)

console-nav-label = Secciones de la consola
console-nav-overview = Resumen
console-nav-shops = Solicitudes de tiendas
console-nav-documents = Licencias y marcas
console-nav-fx = Tipos de cambio
console-sign-in-needed = Inicia sesión con una cuenta de la plataforma para usar la consola.
console-sign-in = Iniciar sesión
console-not-admin = Esta cuenta no puede usar la consola de la plataforma.
console-overview-title = Consola de la plataforma
console-policy-title = Política de reglas
console-policy-version = La plataforma aplica la versión { $version } de la política.
console-queue-shops = Solicitudes de tiendas pendientes: { $count }
console-queue-documents = Documentos pendientes: { $count }
console-queue-empty = No hay nada aquí.
console-filter-status = Mostrar
console-status-pending = Pendiente de revisión
console-status-approved = Aprobada
console-status-rejected = Rechazada
console-shops-title = Solicitudes de tiendas
console-shop-country = País
console-shop-company = Empresa
console-shop-licence = Licencia comercial
console-shop-representative = Representante legal
console-shop-email = Correo de la empresa
console-shop-email-verified = (verificado)
console-shop-email-unverified = (sin verificar)
console-shop-phone = Teléfono de atención al cliente
console-shop-emergency = Contacto de emergencia
console-shop-type = Tipo de cuenta
console-shop-category = Categoría principal
console-shop-regions = Regiones de venta
console-reject-reason = Motivo, visible para el vendedor
console-reject-reason-hint = Indica qué hechos y qué regla llevaron a la decisión y qué puede cambiar el vendedor.
console-reason-length = Explica la decisión en 10 a 1000 caracteres.
console-approve = Aprobar
console-reject = Rechazar
console-rejected-because = Rechazada: { $reason }
console-documents-title = Licencias y marcas
console-kind-licence = Licencia
console-kind-qualification = Cualificación
console-kind-brand = Autorización de marca
console-document-shop = Número de tienda
console-document-reference = Referencia
console-fx-title = Tipos de cambio
console-fx-intro = Importa los tipos de referencia diarios del Banco Central Europeo (eurofxref-daily.xml). Los compradores ven los precios convertidos al tipo del último día; los pedidos registran el tipo con el que se cobraron.
console-fx-file = Archivo de tipos
console-fx-xml = O pega el contenido del archivo
console-fx-import = Importar tipos
console-fx-imported = Se importaron los tipos del { $date } para { $count } monedas.
