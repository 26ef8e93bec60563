export { validate36 as guardGroupState };
const schema47 = {"type":"string","enum":["active","inactive","deleted"]};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data === "active") || (data === "inactive")) || (data === "deleted"))){
validate36.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema47.enum}}];
return false;
}
validate36.errors = vErrors;
return errors === 0;
}
