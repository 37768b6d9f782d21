# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = Sua conta

# Sign-in, registration and the account overview (buyer helper).
form-error-network = Não conseguimos acessar a Caravan. Verifique sua conexão e tente novamente.
form-show-password = Mostrar
field-error-required = Preencha este campo.
field-error-invalid = Verifique este campo.
field-error-email-invalid = Digite um e-mail como nome@exemplo.com.
field-error-email-taken = Já existe uma conta com este e-mail. Entre em vez disso.
field-error-password-too-short = Use pelo menos 8 caracteres.
field-error-password-too-long = Use no máximo 128 caracteres.
field-error-password-too-common = Esta senha é comum demais e fácil de adivinhar. Escolha outra.
field-error-password-contains-email = A senha não pode conter o nome do seu e-mail.
field-error-name-length = Use de 1 a 60 caracteres.
field-email = E-mail
field-password = Senha
field-display-name = Nome
field-display-name-hint = Exibido aos vendedores e junto com suas avaliações.
field-new-password-hint = Pelo menos 8 caracteres. Uma frase longa é fácil de lembrar e difícil de adivinhar.
signin-title = Entrar
signin-submit = Entrar
signin-busy = Entrando…
signin-new-here = Novo na Caravan?
signin-create-account = Crie uma conta
register-title = Crie sua conta
register-role = O que você quer fazer?
register-role-buyer = Comprar
register-role-seller = Vender na Caravan
register-submit = Criar conta
register-busy = Criando sua conta…
register-have-account = Já tem uma conta?
register-sign-in = Entrar
account-profile = Perfil
account-links = Suas compras
account-cart = Carrinho
account-seller-center = Central do vendedor
account-console = Console da plataforma
account-sign-out = Sair
