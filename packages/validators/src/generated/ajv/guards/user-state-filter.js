export { validate22 as guardUserStateFilter };
const schema33 = {"type":"string","enum":["active","inactive","deleted","any"]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data === "active") || (data === "inactive")) || (data === "deleted")) || (data === "any"))){
validate22.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema33.enum}}];
return false;
}
validate22.errors = vErrors;
return errors === 0;
}
