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
