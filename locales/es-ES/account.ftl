# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = Tu cuenta

# Sign-in, registration and the account overview (buyer helper).
form-error-network = No pudimos conectar con Caravan. Comprueba tu conexión e inténtalo de nuevo.
form-show-password = Mostrar
field-error-required = Rellena este campo.
field-error-invalid = Revisa este campo.
field-error-email-invalid = Escribe una dirección de correo como nombre@ejemplo.com.
field-error-email-taken = Ya existe una cuenta con este correo. Inicia sesión.
field-error-password-too-short = Usa al menos 8 caracteres.
field-error-password-too-long = Usa como máximo 128 caracteres.
field-error-password-too-common = Esta contraseña es demasiado común y fácil de adivinar. Elige otra.
field-error-password-contains-email = La contraseña no debe contener el nombre de tu correo.
field-error-name-length = Usa entre 1 y 60 caracteres.
field-email = Correo electrónico
field-password = Contraseña
field-display-name = Nombre
field-display-name-hint = Lo verán los vendedores y aparecerá con tus opiniones.
field-new-password-hint = Al menos 8 caracteres. Una frase larga es fácil de recordar y difícil de adivinar.
signin-title = Iniciar sesión
signin-submit = Iniciar sesión
signin-busy = Iniciando sesión…
signin-new-here = ¿Eres nuevo en Caravan?
signin-create-account = Crea una cuenta
register-title = Crea tu cuenta
register-role = ¿Qué quieres hacer?
register-role-buyer = Comprar
register-role-seller = Vender en Caravan
register-submit = Crear cuenta
register-busy = Creando tu cuenta…
register-have-account = ¿Ya tienes una cuenta?
register-sign-in = Inicia sesión
account-profile = Perfil
account-links = Tus compras
account-cart = Carrito
account-seller-center = Centro de vendedores
account-console = Consola de la plataforma
account-sign-out = Cerrar sesión

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = Guardar nombre
account-profile-saved = Tu nombre se ha guardado.
account-book-hint = Guardadas en tu cuenta: el pago te las ofrece en cualquier dispositivo donde inicies sesión.
account-book-empty = Aún no hay direcciones guardadas. Añade una o se guardará aquí la de tu próximo pedido.
account-book-full = Tu libreta de direcciones está llena (20 direcciones). Elimina una para añadir otra.
account-address-add = Añadir una dirección
account-address-new = Nueva dirección
account-address-editing = Editar dirección
account-address-default-check = Usar esta dirección por defecto al pagar
account-address-save = Guardar dirección
account-address-cancel = Cancelar
account-address-saved = Dirección guardada.
account-address-removed = Dirección eliminada.
account-address-default-set = Dirección predeterminada cambiada.
account-address-gone = Esta dirección se eliminó mientras tanto. Guárdala para añadirla como nueva.
account-address-edit = Editar la dirección { $address }
account-address-edit-short = Editar
account-address-make-default = Hacer de { $address } la dirección predeterminada
account-address-make-default-short = Predeterminar
account-device-addresses = { $count ->
    [one] Hay una dirección guardada solo en este navegador, de antes de iniciar sesión:
   *[other] Hay { $count } direcciones guardadas solo en este navegador, de antes de iniciar sesión:
}
account-device-keep = Guardar en mi cuenta
account-device-forget = Olvidarlas
account-preferences-hint = Se guardan en tu cuenta y se aplican al iniciar sesión en otro dispositivo.
account-preferences-saved = Guardado en tu cuenta.
account-preferences-not-saved = No se ha guardado en tu cuenta.
address-default = Predeterminada
address-postal-code-none = Este país no tiene códigos postales. Déjalo vacío.
address-country-invalid = Elige un país de la lista.
