# Nombres de las categorías, por identificador (`category-<slug>`). Los usa el servidor en sus respuestas.

## Electrónica
category-electronics = Electrónica
category-headphones = Auriculares
category-smart-home = Hogar inteligente
category-cameras = Cámaras y fotografía

## Móviles y accesorios
category-phones-accessories = Móviles y accesorios
category-phone-cases = Fundas para móvil
category-chargers-cables = Cargadores y cables
category-phone-holders = Soportes para móvil

## Informática y oficina
category-computers = Informática y oficina
category-keyboards-mice = Teclados y ratones
category-laptop-accessories = Accesorios para portátiles
category-storage = Almacenamiento de datos

## Hogar y jardín
category-home-garden = Hogar y jardín
category-home-decor = Decoración
category-garden = Jardín
category-storage-organisation = Almacenaje y organización

## Cocina y mesa
category-kitchen = Cocina y mesa
category-cookware = Sartenes y utensilios para cocinar
category-drinkware = Tazas, vasos y botellas
category-kitchen-tools = Utensilios de cocina

## Moda mujer
category-womens-fashion = Moda mujer
category-dresses = Vestidos
category-womens-tops = Tops y blusas
category-bags = Bolsos

## Moda hombre
category-mens-fashion = Moda hombre
category-mens-shirts = Camisas
category-mens-outerwear = Abrigos y chaquetas
category-mens-accessories = Complementos

## Calzado
category-shoes = Calzado
category-sneakers = Zapatillas
category-sandals = Sandalias
category-boots = Botas

## Joyería y relojes
category-jewelry-watches = Joyería y relojes
category-necklaces = Collares
category-watches = Relojes
category-earrings = Pendientes

## Belleza y salud
category-beauty-health = Belleza y salud
category-makeup-tools = Brochas y accesorios de maquillaje
category-hair-care = Cuidado del cabello
category-nail-art = Decoración de uñas

## Juguetes y pasatiempos
category-toys-hobbies = Juguetes y pasatiempos
category-building-toys = Juegos de construcción
category-puzzles = Puzles y rompecabezas
category-crafts = Manualidades

## Deportes y aire libre
category-sports-outdoors = Deportes y aire libre
category-camping = Acampada
category-fitness = Fitness y musculación
category-cycling = Ciclismo

## Coche
category-automotive = Coche
category-car-interior = Interior del coche
category-car-electronics = Electrónica para el coche
category-car-care = Limpieza y cuidado del coche

## Mascotas
category-pet-supplies = Mascotas
category-dog-supplies = Perros
category-cat-supplies = Gatos
category-aquarium = Acuariofilia

## Oficina y material escolar
category-office-school = Oficina y material escolar
category-stationery = Papelería
category-desk-organisers = Organizadores de escritorio
category-art-supplies = Bellas artes

## Bricolaje y herramientas
category-tools-hardware = Bricolaje y herramientas
category-hand-tools = Herramientas manuales
category-power-tool-accessories = Accesorios para herramientas eléctricas
category-lighting = Iluminación de trabajo
