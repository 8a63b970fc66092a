//! The smallest Yew widget worth the name: the size reference of
//! `bench/size.sh` (see Cargo.toml).
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    html! {
        <div class="floor">
            <label for="cost">{ "Cost" }</label>
            <input id="cost" {oninput} value={(*text).clone()} />
            <p>{ format!("{} characters", text.len()) }</p>
            <button type="button" onclick={Callback::from(|_| ())}>{ "OK" }</button>
        </div>
    }
}

#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<App>::with_root(root).render();
}
