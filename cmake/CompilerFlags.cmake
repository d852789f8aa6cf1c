# Warnings are errors-in-waiting: the tree stays clean under -Wall -Wextra -Wpedantic.
add_compile_options(-Wall -Wextra -Wpedantic)
# Qt's string literal macros are the norm here; implicit ASCII casts would hide encoding bugs.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH)

if(LOGDECK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
