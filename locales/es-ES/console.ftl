# The platform console's screens (loaded when the console opens).

console-title = Consola de la plataforma
