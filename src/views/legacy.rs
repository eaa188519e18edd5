//! The XML of amoCRM's oldest API that widgets still call
//! (`/private/api/contact_search.php`). askama escapes every value, as
//! for the pages (`.xml` templates are escaped like HTML).

use askama::Template;

#[derive(Template)]
#[template(path = "api/contact_search.xml")]
pub struct ContactSearchXml {
    pub contacts: Vec<FoundContact>,
}

pub struct FoundContact {
    pub id: u64,
    pub name: String,
    pub responsible_user_id: u64,
    pub company: Option<FoundCompany>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

pub struct FoundCompany {
    pub id: u64,
    pub name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped() {
        let xml = ContactSearchXml {
            contacts: vec![FoundContact {
                id: 1,
                name: "A & <B>".into(),
                responsible_user_id: 2,
                company: Some(FoundCompany {
                    id: 3,
                    name: "\"Q\"".into(),
                }),
                phones: vec!["+7 900".into()],
                emails: vec![],
            }],
        }
        .render()
        .unwrap();
        assert!(xml.contains("<name>A &#38; &#60;B&#62;</name>"), "{xml}");
        assert!(xml.contains("<company><id>3</id><name>&#34;Q&#34;</name></company>"));
        assert!(xml.starts_with("<?xml"));
    }
}
