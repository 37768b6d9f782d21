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

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = Salvar nome
account-profile-saved = Seu nome foi salvo.
account-book-hint = Salvos na sua conta: o checkout os oferece em qualquer dispositivo em que você entrar.
account-book-empty = Nenhum endereço salvo ainda. Adicione um, ou o endereço do seu próximo pedido ficará aqui.
account-book-full = Seu catálogo de endereços está cheio (20 endereços). Remova um para adicionar outro.
account-address-add = Adicionar endereço
account-address-new = Novo endereço
account-address-editing = Editar endereço
account-address-default-check = Usar este endereço como padrão no checkout
account-address-save = Salvar endereço
account-address-cancel = Cancelar
account-address-saved = Endereço salvo.
account-address-removed = Endereço removido.
account-address-default-set = Endereço padrão alterado.
account-address-gone = Este endereço foi removido nesse meio-tempo. Salve para adicioná-lo como novo.
account-address-edit = Editar o endereço { $address }
account-address-edit-short = Editar
account-address-make-default = Tornar { $address } o endereço padrão
account-address-make-default-short = Tornar padrão
account-device-addresses = { $count ->
    [one] Um endereço está salvo só neste navegador, de antes de você entrar:
   *[other] { $count } endereços estão salvos só neste navegador, de antes de você entrar:
}
account-device-keep = Manter na minha conta
account-device-forget = Esquecê-los
account-preferences-hint = Salvas na sua conta e usadas quando você entra em outro dispositivo.
account-preferences-saved = Salvo na sua conta.
account-preferences-not-saved = Não foi salvo na sua conta.
address-default = Padrão
address-postal-code-none = Este país não tem códigos postais. Deixe em branco.
address-country-invalid = Escolha um país da lista.
